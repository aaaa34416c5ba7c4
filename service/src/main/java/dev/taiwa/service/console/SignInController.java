package dev.taiwa.service.console;

import dev.taiwa.cases.identity.application.LoginAttempts;
import dev.taiwa.cases.identity.application.LoginFailureReason;
import dev.taiwa.cases.identity.application.LoginOutcome;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.Map;

/**
 * Signing in and out of the console. A sign-in runs the same {@link LoginAttempts} use case as
 * {@code POST /login} (the same lockout, one audit event per attempt, naming the web console as its
 * channel) and tells as little: only "the name or password does not match", or "disabled" after the
 * right password. Each form carries a token: the sign-in form the one of its cookie, the sign-out
 * form the session's; a form without it is refused (403) and changes nothing.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class SignInController {
  static final String CHANNEL = "web console";
  private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

  private final LoginAttempts logins;
  private final ConsoleSessions sessions;
  private final ConsoleCookies cookies;

  SignInController(LoginAttempts logins, ConsoleSessions sessions, ConsoleCookies cookies) {
    this.logins = logins;
    this.sessions = sessions;
    this.cookies = cookies;
  }

  @Get(value = ConsolePaths.SIGN_IN, produces = HTML)
  HttpResponse<?> form(HttpRequest<?> request) {
    if (ConsoleCookies.read(request, ConsoleCookies.SESSION).flatMap(sessions::use).isPresent()) {
      return HttpResponse.seeOther(URI.create(ConsolePaths.HOME));
    }
    return page(request, HttpStatus.OK, "", "");
  }

  @Post(
      value = ConsolePaths.SIGN_IN,
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = HTML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<?> signIn(
      HttpRequest<?> request,
      @Body("username") @Nullable String username,
      @Body("password") @Nullable String password,
      @Body("csrf") @Nullable String csrf) {
    String typed = username == null ? "" : username;
    String expected = ConsoleCookies.read(request, ConsoleCookies.SIGN_IN).orElse(null);
    if (!ConsoleSessions.sameToken(expected, csrf)) {
      return page(request, HttpStatus.FORBIDDEN, typed, texts(request).get("signin.expired"));
    }
    LoginOutcome outcome = logins.attempt(typed, password, CHANNEL);
    if (outcome instanceof LoginOutcome.Succeeded succeeded) {
      ConsoleCookies.read(request, ConsoleCookies.SESSION).ifPresent(sessions::end);
      ConsoleSession session = sessions.start(succeeded.account());
      return HttpResponse.seeOther(URI.create(ConsolePaths.HOME))
          .cookie(cookies.session(session))
          .cookie(cookies.cleared(ConsoleCookies.SIGN_IN));
    }
    LoginFailureReason reason = ((LoginOutcome.Failed) outcome).reason();
    return page(
        request,
        HttpStatus.UNAUTHORIZED,
        typed,
        texts(request)
            .get(reason == LoginFailureReason.DISABLED ? "signin.disabled" : "signin.wrong"));
  }

  @Post(
      value = ConsolePaths.SIGN_OUT,
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = HTML)
  HttpResponse<?> signOut(HttpRequest<?> request, @Body("csrf") @Nullable String csrf) {
    ConsoleRequest caller = ConsoleRequest.of(request);
    if (!ConsoleSessions.sameToken(caller.session().csrfToken(), csrf)) {
      return ConsoleAnswers.refusedToken(caller);
    }
    sessions.end(caller.session().id());
    return HttpResponse.seeOther(URI.create(ConsolePaths.SIGN_IN))
        .cookie(cookies.cleared(ConsoleCookies.SESSION));
  }

  private MutableHttpResponse<?> page(
      HttpRequest<?> request, HttpStatus status, String username, String error) {
    String token = ConsoleSessions.randomToken();
    return HttpResponse.status(status)
        .body(
            new ModelAndView<>(
                "console/signin",
                Map.of("page", new SignInPage(username, token, error, texts(request)))))
        .cookie(cookies.signInToken(token));
  }

  private static Texts texts(HttpRequest<?> request) {
    return Texts.of(ConsoleLanguage.of(request));
  }
}
