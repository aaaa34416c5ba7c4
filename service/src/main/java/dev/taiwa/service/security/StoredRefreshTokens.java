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
 * refresh token's key is stored hashed with its user; {@code POST /oauth/access_token} with {@code
 * grant_type=refresh_token} gets a new access token with the account's current roles, unless the
 * token expired or was revoked or the account is disabled ({@code invalid_grant}). Look-ups run on
 * the blocking executor.
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
    grants.issued(UserId.parse(uid.toString()), event.getRefreshToken());
  }

  @Override
  public Publisher<Authentication> getAuthentication(String refreshToken) {
    return Mono.fromCallable(
            () ->
                grants
                    .redeem(refreshToken)
                    .map(TokenClaims::authentication)
                    .orElseThrow(
                        () ->
                            new OauthErrorResponseException(
                                IssuingAnAccessTokenErrorCode.INVALID_GRANT,
                                "The refresh token is expired or revoked, or its account is"
                                    + " disabled.",
                                null)))
        .subscribeOn(Schedulers.fromExecutorService(blocking));
  }
}
