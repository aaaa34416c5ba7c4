package dev.taiwa.tools;

import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Actor;
import jakarta.inject.Singleton;

/**
 * The named account a command acts as ({@code --as}, or {@code TAIWA_OPERATOR}): the use cases then
 * apply that account's roles and organisation exactly as they do for a GraphQL caller.
 */
@Singleton
public final class OperatorAccount {
  private final UserAccounts accounts;

  OperatorAccount(UserAccounts accounts) {
    this.accounts = accounts;
  }

  /** The enabled account {@code username} as an actor; a missing or disabled one is a failure. */
  public Actor resolve(String username) {
    if (username == null || username.isBlank()) {
      throw new ToolFailure("name the operator account with --as <username> (or TAIWA_OPERATOR)");
    }
    UserAccount account =
        accounts
            .findByUsername(username.strip())
            .filter(UserAccount::enabled)
            .orElseThrow(() -> new ToolFailure("no enabled account named " + username.strip()));
    return account.asActor();
  }
}
