package dev.taiwa.service.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The language switch in every page's header: keeps the choice in a cookie for a year and sends the
 * browser back to the page it came from (its path on Taiwa only, never another site). Like every
 * form it carries a token: the session's when signed in, else the sign-in form's.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class LanguageController {
  private static final Duration KEPT = Duration.ofDays(365);

  private final ConsoleSessions sessions;
  private final ConsoleCookies cookies;

  LanguageController(ConsoleSessions sessions, ConsoleCookies cookies) {
    this.sessions = sessions;
    this.cookies = cookies;
  }

  @Post(
      value = ConsolePaths.LANGUAGE,
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML + ";charset=utf-8")
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> choose(
      HttpRequest<?> request,
      @Body("lang") @Nullable String lang,
      @Body("csrf") @Nullable String csrf) {
    Optional<ConsoleSession> session =
        ConsoleCookies.read(request, ConsoleCookies.SESSION).flatMap(sessions::use);
    String expected =
        session
            .map(ConsoleSession::csrfToken)
            .orElseGet(() -> ConsoleCookies.read(request, ConsoleCookies.SIGN_IN).orElse(null));
    if (!ConsoleSessions.sameToken(expected, csrf)) {
      return ConsoleAnswers.refusedToken(Texts.of(ConsoleLanguage.of(request)));
    }
    ConsoleLanguage chosen = ConsoleLanguage.of(lang);
    Cookie cookie = cookies.language(chosen).maxAge(KEPT);
    return HttpResponse.seeOther(URI.create(back(request))).cookie(cookie);
  }

  /** The path (and query) of the page the form was on, on Taiwa; the home otherwise. */
  static String back(HttpRequest<?> request) {
    String referer = request.getHeaders().get(HttpHeaders.REFERER);
    if (referer == null) {
      return ConsolePaths.HOME;
    }
    try {
      URI uri = URI.create(referer);
      String path = uri.getRawPath();
      if (path == null || !path.startsWith("/") || path.startsWith("//")) {
        return ConsolePaths.HOME;
      }
      return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    } catch (IllegalArgumentException e) {
      return ConsolePaths.HOME;
    }
  }
}
