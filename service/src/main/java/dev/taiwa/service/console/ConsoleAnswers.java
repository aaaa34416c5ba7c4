package dev.taiwa.service.console;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.views.ModelAndView;
import java.util.Map;

/**
 * The console's three refusals, the same on every page: a form posted without the session's token
 * (403, nothing changed), a page the caller's roles may not open (403), and a case or thing that is
 * not there or not the caller's to see (404, the same answer for both).
 */
final class ConsoleAnswers {
  private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

  private ConsoleAnswers() {}

  /** A form without the session's token: refused, in the caller's language. */
  static HttpResponse<?> refusedToken(ConsoleRequest caller) {
    return refusedToken(caller.texts());
  }

  static HttpResponse<?> refusedToken(Texts texts) {
    return HttpResponse.status(HttpStatus.FORBIDDEN)
        .contentType(HTML)
        .body(new ModelAndView<>("console/refused", Map.of("texts", texts)));
  }

  static HttpResponse<?> forbidden(SignedIn header) {
    return HttpResponse.status(HttpStatus.FORBIDDEN)
        .contentType(HTML)
        .body(new ModelAndView<>("console/forbidden", Map.of("signedIn", header)));
  }

  static HttpResponse<?> notFound(SignedIn header) {
    return HttpResponse.status(HttpStatus.NOT_FOUND)
        .contentType(HTML)
        .body(new ModelAndView<>("console/notfound", Map.of("signedIn", header)));
  }
}
