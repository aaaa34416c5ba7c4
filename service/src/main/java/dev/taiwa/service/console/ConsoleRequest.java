package dev.taiwa.service.console;

import dev.taiwa.cases.kernel.Actor;
import io.micronaut.http.HttpRequest;

/**
 * What {@link ConsoleAuthentication} found for a console request: its session, actor and the
 * language the browser chose.
 */
record ConsoleRequest(ConsoleSession session, Actor actor, ConsoleLanguage language) {
  private static final String ATTRIBUTE = "taiwa.console";

  ConsoleRequest {
    language = language == null ? ConsoleLanguage.JA : language;
  }

  Texts texts() {
    return Texts.of(language);
  }

  void attachTo(HttpRequest<?> request) {
    request.setAttribute(ATTRIBUTE, this);
  }

  /** The signed-in caller of a request that passed {@link ConsoleAuthentication}. */
  static ConsoleRequest of(HttpRequest<?> request) {
    return request
        .getAttribute(ATTRIBUTE, ConsoleRequest.class)
        .orElseThrow(() -> new IllegalStateException("not a signed-in console request"));
  }
}
