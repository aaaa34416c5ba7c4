package dev.taiwa.cases.identity.application;

import dev.taiwa.cases.identity.UserAccount;
import java.util.Objects;

/** The answer to a login attempt: the account that logged in, or why the attempt failed. */
public sealed interface LoginOutcome permits LoginOutcome.Succeeded, LoginOutcome.Failed {

  record Succeeded(UserAccount account) implements LoginOutcome {
    public Succeeded {
      Objects.requireNonNull(account, "account");
    }
  }

  record Failed(LoginFailureReason reason) implements LoginOutcome {
    public Failed {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
