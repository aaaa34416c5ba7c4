package dev.taiwa.service.security;

import dev.taiwa.cases.identity.UserAccount;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * After the token is verified, resolves the {@link dev.taiwa.cases.kernel.Actor} of an API request
 * from its account ({@link dev.taiwa.cases.identity.UserAccounts#findCaller}: read afresh, or on
 * PostgreSQL the node's copy while it hears every change of the account), and refuses a token whose
 * account no longer exists, is disabled or has ended the token's session. The GraphQL endpoint asks
 * first, on the thread that then runs the request (a filter of its own ran on another thread of the
 * blocking pool, one hand-over more per request). Anonymous requests never get here: the security
 * rules answer them with 401 first.
 */
@Singleton
public final class CallerCheck {
  private final ActorResolver resolver;

  CallerCheck(ActorResolver resolver) {
    this.resolver = resolver;
  }

  /**
   * Blocking: whether {@code request} may go on; if its token names an account that may act, the
   * actor and its account go with the request ({@link RequestActor}).
   */
  public boolean admits(HttpRequest<?> request) {
    Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
    if (authentication.isEmpty()) {
      return true;
    }
    Optional<UserAccount> account = resolver.account(authentication.get());
    if (account.isEmpty()) {
      return false;
    }
    RequestActor.set(request, account.get());
    return true;
  }
}
