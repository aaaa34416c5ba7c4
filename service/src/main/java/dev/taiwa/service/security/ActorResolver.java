package dev.taiwa.service.security;

import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.UserId;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Turns a verified token into the {@link Actor} a use case runs as. The account is checked on every
 * request ({@link UserAccounts#findCaller}: read afresh, or the node's copy while it hears every
 * change of it), so a disabled or deleted user's still-valid tokens stop working at once; a token
 * issued before the account's sessions were ended (disabled, password reset, roles changed: a newer
 * session epoch) is refused.
 */
@Singleton
public final class ActorResolver {
  private final UserAccounts users;

  ActorResolver(UserAccounts users) {
    this.users = users;
  }

  /**
   * Blocking: reads the user account. Empty when the token names no enabled account, or was issued
   * in an earlier session epoch.
   */
  public Optional<Actor> resolve(Authentication authentication) {
    return account(authentication).map(UserAccount::asActor);
  }

  /** {@link #resolve}, answering with the account read (once) for the request. */
  public Optional<UserAccount> account(Authentication authentication) {
    Object uid = authentication.getAttributes().get(TokenClaims.USER_ID);
    if (uid == null) {
      return Optional.empty();
    }
    UserId id;
    try {
      id = UserId.parse(uid.toString());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    long epoch;
    try {
      epoch = TokenClaims.sessionEpoch(authentication);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return account(id, epoch);
  }

  /**
   * Blocking: the enabled account {@code id} as an actor, while its session epoch is still {@code
   * epoch} (a browser session of the console keeps both, like a token).
   */
  public Optional<Actor> resolve(UserId id, long epoch) {
    return account(id, epoch).map(UserAccount::asActor);
  }

  private Optional<UserAccount> account(UserId id, long epoch) {
    return users
        .findCaller(id)
        .filter(UserAccount::enabled)
        .filter(account -> account.sessionEpoch() == epoch);
  }
}
