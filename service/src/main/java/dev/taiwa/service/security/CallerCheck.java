package dev.taiwa.service.security;

import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.service.web.ClientError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.util.Optional;

/**
 * After the token is verified, resolves the {@link Actor} for API requests and refuses (401) a
 * token whose account no longer exists, is disabled or has ended the token's session. Anonymous
 * requests never get here: the security rules answer them with 401 first.
 */
@ServerFilter("/graphql")
final class ActorFilter implements Ordered {
  private final ActorResolver resolver;

  ActorFilter(ActorResolver resolver) {
    this.resolver = resolver;
  }

  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Nullable
  HttpResponse<?> resolveActor(HttpRequest<?> request) {
    Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
    if (authentication.isEmpty()) {
      return null;
    }
    Optional<UserAccount> account = resolver.account(authentication.get());
    if (account.isEmpty()) {
      return ClientError.unauthenticated();
    }
    RequestActor.set(request, account.get());
    return null;
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.after();
  }
}
