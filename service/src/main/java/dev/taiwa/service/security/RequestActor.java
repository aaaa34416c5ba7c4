package dev.taiwa.service.security;

import dev.taiwa.cases.kernel.Actor;
import io.micronaut.http.HttpRequest;
import java.util.Optional;

/** Where the resolved {@link Actor} travels with an HTTP request. */
public final class RequestActor {
  private static final String ATTRIBUTE = "taiwa.actor";

  private RequestActor() {}

  static void set(HttpRequest<?> request, Actor actor) {
    request.setAttribute(ATTRIBUTE, actor);
  }

  public static Optional<Actor> of(HttpRequest<?> request) {
    return request.getAttribute(ATTRIBUTE, Actor.class);
  }
}
