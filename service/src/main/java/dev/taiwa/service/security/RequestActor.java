package dev.taiwa.service.security;

import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.kernel.Actor;
import io.micronaut.http.HttpRequest;
import java.util.Optional;

/**
 * Where the resolved {@link Actor} travels with an HTTP request, with the account it was read from:
 * the account is read once per request ({@link CallerCheck}) and never kept beyond it, so a
 * disabled account or a changed role takes effect on the next request.
 */
public final class RequestActor {
  private static final String ATTRIBUTE = "taiwa.actor";
  private static final String ACCOUNT = "taiwa.account";

  private RequestActor() {}

  static void set(HttpRequest<?> request, UserAccount account) {
    request.setAttribute(ATTRIBUTE, account.asActor());
    request.setAttribute(ACCOUNT, account);
  }

  public static Optional<Actor> of(HttpRequest<?> request) {
    return request.getAttribute(ATTRIBUTE, Actor.class);
  }

  /** The caller's account as this request read it. */
  public static Optional<UserAccount> accountOf(HttpRequest<?> request) {
    return request.getAttribute(ACCOUNT, UserAccount.class);
  }
}
