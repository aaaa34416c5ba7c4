package dev.taiwa.service.console;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The console's two cookies, both HttpOnly and SameSite=Strict (a request from another site carries
 * neither), and Secure in production mode: the session's id, and the token of the sign-in form (so
 * a sign-in posted from another site is refused: no login CSRF).
 */
@Singleton
final class ConsoleCookies {
  static final String SESSION = "taiwa_console";
  static final String SIGN_IN = "taiwa_console_signin";

  private final boolean secure;

  ConsoleCookies(@Value("${taiwa.mode:development}") String mode) {
    this.secure = "production".equals(mode);
  }

  Cookie session(ConsoleSession session) {
    return base(SESSION, session.id());
  }

  Cookie signInToken(String token) {
    return base(SIGN_IN, token);
  }

  /** The language the user chose (not a secret; HttpOnly and Strict all the same). */
  Cookie language(ConsoleLanguage language) {
    return base(ConsoleLanguage.COOKIE, language.tag());
  }

  /** A cookie of {@code name} that the browser drops at once. */
  Cookie cleared(String name) {
    return base(name, "").maxAge(0);
  }

  static Optional<String> read(HttpRequest<?> request, String name) {
    return request.getCookies().findCookie(name).map(Cookie::getValue).filter(v -> !v.isEmpty());
  }

  private Cookie base(String name, String value) {
    return Cookie.of(name, value).httpOnly(true).sameSite(SameSite.Strict).secure(secure).path("/");
  }
}
