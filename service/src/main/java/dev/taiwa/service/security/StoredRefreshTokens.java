package dev.taiwa.service.security;

import dev.taiwa.cases.identity.application.RefreshTokenGrants;
import dev.taiwa.cases.kernel.UserId;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.errors.IssuingAnAccessTokenErrorCode;
import io.micronaut.security.errors.OauthErrorResponseException;
import io.micronaut.security.token.event.RefreshTokenGeneratedEvent;
import io.micronaut.security.token.refresh.RefreshTokenPersistence;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * micronaut-security's refresh-token store, backed by {@link RefreshTokenGrants}: each signed
 * refresh token's key is stored hashed with its user and family; {@code POST /oauth/access_token}
 * with {@code grant_type=refresh_token} exchanges it, once, for a new access token with the
 * account's current roles and a new refresh token of the same family ({@link
 * RotatingLoginHandler}), unless the token expired, was revoked or spent, or the account is
 * disabled ({@code invalid_grant}). Look-ups run on the blocking executor.
 */
@Singleton
final class StoredRefreshTokens implements RefreshTokenPersistence {
  private final RefreshTokenGrants grants;
  private final ExecutorService blocking;

  StoredRefreshTokens(
      RefreshTokenGrants grants, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.grants = grants;
    this.blocking = blocking;
  }

  /**
   * Called as the login response is built, on the thread that checked the password (the blocking
   * executor's).
   */
  @Override
  @EventListener
  public void persistToken(RefreshTokenGeneratedEvent event) {
    Object uid = event.getAuthentication().getAttributes().get(TokenClaims.USER_ID);
    if (uid == null) {
      throw new IllegalStateException("refresh token issued for an authentication without uid");
    }
    Object family = event.getAuthentication().getAttributes().get(TokenClaims.REFRESH_FAMILY);
    grants.issued(
        UserId.parse(uid.toString()),
        event.getRefreshToken(),
        family == null ? null : family.toString());
  }

  @Override
  public Publisher<Authentication> getAuthentication(String refreshToken) {
    return Mono.fromCallable(
            () ->
                grants
                    .redeem(refreshToken)
                    .map(r -> TokenClaims.authentication(r.account(), r.family()))
                    .orElseThrow(
                        () ->
                            new OauthErrorResponseException(
                                IssuingAnAccessTokenErrorCode.INVALID_GRANT,
                                "The refresh token is expired, revoked or already exchanged,"
                                    + " or its account is disabled.",
                                null)))
        .subscribeOn(Schedulers.fromExecutorService(blocking));
  }
}
