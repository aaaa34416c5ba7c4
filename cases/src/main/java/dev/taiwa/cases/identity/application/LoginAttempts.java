package dev.taiwa.cases.identity.application;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.identity.AccountRules;
import dev.taiwa.cases.identity.LockoutPolicy;
import dev.taiwa.cases.identity.LoginFailures;
import dev.taiwa.cases.identity.LoginState;
import dev.taiwa.cases.identity.PasswordHashing;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a typed user name and password and writes one audit event per attempt: LOGIN_SUCCEEDED, or
 * LOGIN_FAILED naming the reason category (never the password). Consecutive wrong passwords lock
 * the account per the {@link LockoutPolicy}; a success clears the count.
 *
 * <p>Blocking and slow on purpose (the password hash): never call it on an event loop. Every
 * attempt that reaches an account costs the same hash work, and an unknown user name costs a hash
 * of a decoy, so timing does not tell names apart.
 */
public final class LoginAttempts {

  private final UserAccounts users;
  private final LoginFailures failures;
  private final PasswordHashing hashing;
  private final LockoutPolicy policy;
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final String decoyHash;

  public LoginAttempts(
      UserAccounts users,
      LoginFailures failures,
      PasswordHashing hashing,
      LockoutPolicy policy,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.users = users;
    this.failures = failures;
    this.hashing = hashing;
    this.policy = policy;
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.decoyHash = hashing.hash("decoy password that no account has");
  }

  public LoginOutcome attempt(String typedUsername, String password) {
    return attempt(typedUsername, password, "");
  }

  /**
   * {@link #attempt(String, String)} through another channel than {@code POST /login}, which every
   * audit summary of the attempt names, e.g. {@code "taiwa command line, OS user alice"}: the same
   * check, lockout and audit as a login.
   */
  public LoginOutcome attempt(String typedUsername, String password, String channel) {
    String via = channel == null || channel.isBlank() ? "" : " (via " + channel.strip() + ")";
    if (typedUsername == null || typedUsername.isBlank() || password == null) {
      return failedAnonymously(typedUsername, LoginFailureReason.MISSING_CREDENTIALS, via);
    }
    Optional<UserAccount> found = users.findByUsername(typedUsername.strip());
    if (found.isEmpty()) {
      matches(password, decoyHash);
      return failedAnonymously(typedUsername, LoginFailureReason.UNKNOWN_USER, via);
    }
    UserAccount account = found.get();
    boolean passwordMatches = matches(password, account.passwordHash());
    Instant now = clock.instant();
    LoginState state = failures.find(account.id());
    if (policy.isLocked(state, now)) {
      return failed(
          account,
          now,
          LoginFailureReason.LOCKED,
          "account locked until " + state.lockedUntil() + via);
    }
    if (!passwordMatches) {
      return wrongPassword(account, now, via);
    }
    if (!account.enabled()) {
      return failed(account, now, LoginFailureReason.DISABLED, "account disabled" + via);
    }
    String summary =
        state.consecutiveFailures() == 0
            ? "Login succeeded"
            : "Login succeeded after "
                + state.consecutiveFailures()
                + " failed attempts; failure count cleared";
    String summaryVia = summary + via;
    unitOfWork.inTransaction(
        () -> {
          if (!state.equals(LoginState.CLEAR)) {
            failures.clear(account.id());
          }
          return auditLog.append(
              entry(account, now, AuditAction.LOGIN_SUCCEEDED, AuditOutcome.ACCEPTED, summaryVia));
        });
    return new LoginOutcome.Succeeded(account);
  }

  private LoginOutcome wrongPassword(UserAccount account, Instant now, String via) {
    unitOfWork.inTransaction(
        () -> {
          int count = failures.increment(account.id());
          String detail = count + " of " + policy.maxFailures() + " consecutive failures";
          if (policy.locksAfter(count)) {
            Instant until = policy.lockedUntil(now);
            failures.lock(account.id(), until);
            detail += "; account locked until " + until;
          }
          detail += via;
          return auditLog.append(
              entry(
                  account,
                  now,
                  AuditAction.LOGIN_FAILED,
                  AuditOutcome.REJECTED,
                  summary(LoginFailureReason.WRONG_PASSWORD, detail)));
        });
    return new LoginOutcome.Failed(LoginFailureReason.WRONG_PASSWORD);
  }

  private LoginOutcome failed(
      UserAccount account, Instant now, LoginFailureReason reason, String detail) {
    unitOfWork.inTransaction(
        () ->
            auditLog.append(
                entry(
                    account,
                    now,
                    AuditAction.LOGIN_FAILED,
                    AuditOutcome.REJECTED,
                    summary(reason, detail))));
    return new LoginOutcome.Failed(reason);
  }

  /** No account to name: the audit log keeps the user name as typed (cut to 64 characters). */
  private LoginOutcome failedAnonymously(
      String typedUsername, LoginFailureReason reason, String via) {
    String detail =
        (reason == LoginFailureReason.UNKNOWN_USER
                ? "no account has this user name"
                : "user name or password missing")
            + via;
    AuditEntry entry =
        new AuditEntry(
            clock.instant(),
            null,
            IdentityAudit.typed(typedUsername),
            null,
            null,
            AuditAction.LOGIN_FAILED,
            AuditOutcome.REJECTED,
            summary(reason, detail));
    unitOfWork.inTransaction(() -> auditLog.append(entry));
    return new LoginOutcome.Failed(reason);
  }

  private boolean matches(String password, String hash) {
    if (password.length() > AccountRules.MAX_PASSWORD_LENGTH) {
      return false;
    }
    return hashing.matches(password, hash);
  }

  private static String summary(LoginFailureReason reason, String detail) {
    return "Login failed (" + reason + "): " + detail;
  }

  private static AuditEntry entry(
      UserAccount account, Instant at, AuditAction action, AuditOutcome outcome, String summary) {
    return new AuditEntry(
        at,
        account.id(),
        account.username(),
        account.organisationId(),
        null,
        action,
        outcome,
        summary);
  }
}
