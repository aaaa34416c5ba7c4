package dev.taiwa.cases.identity.application;

import dev.taiwa.cases.access.IdentityAccessPolicy;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.identity.AccountRules;
import dev.taiwa.cases.identity.LoginFailures;
import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.PasswordHashing;
import dev.taiwa.cases.identity.RefreshTokens;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.kernel.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Administrators' use cases on user accounts. Every command is refused (FORBIDDEN) for anyone but
 * an ADMIN; an accepted one stores the account and writes one ACCEPTED audit event in the same
 * transaction; a refused one writes only a REJECTED audit event. Summaries name the account and
 * what changed, never a password or a hash.
 */
public final class AccountAdministration {
  public static final String USER_CREATED = "USER_CREATED";
  public static final String USER_DISABLED = "USER_DISABLED";
  public static final String USER_ENABLED = "USER_ENABLED";
  public static final String USER_PASSWORD_RESET = "USER_PASSWORD_RESET";
  public static final String USER_ROLES_CHANGED = "USER_ROLES_CHANGED";

  private final UserAccounts users;
  private final Organisations organisations;
  private final PasswordHashing hashing;
  private final LoginFailures loginFailures;
  private final RefreshTokens refreshTokens;
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final IdentityAccessPolicy access = new IdentityAccessPolicy();

  public AccountAdministration(
      UserAccounts users,
      Organisations organisations,
      PasswordHashing hashing,
      LoginFailures loginFailures,
      RefreshTokens refreshTokens,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.users = users;
    this.organisations = organisations;
    this.hashing = hashing;
    this.loginFailures = loginFailures;
    this.refreshTokens = refreshTokens;
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** Every account, or one organisation's when {@code organisation} is not null; ADMIN only. */
  public Result<List<UserAccount>> users(Actor actor, OrganisationId organisation) {
    if (!access.canAdminister(actor)) {
      return Result.refused(Optional.empty(), List.of(forbidden()));
    }
    return Result.ok(organisation == null ? users.all() : users.ofOrganisation(organisation));
  }

  /** One account; ADMIN only (empty for anyone else, and when there is no such account). */
  public Optional<UserAccount> user(Actor actor, UserId id) {
    return access.canAdminister(actor) ? users.find(id) : Optional.empty();
  }

  /** Creates an enabled account with the administrator's initial password. */
  public Result<UserAccount> createUser(Actor actor, NewUser command) {
    String what = "creation of user " + IdentityAudit.quoted(command.username());
    if (!access.canAdminister(actor)) {
      return refuse(actor, USER_CREATED, what, List.of(forbidden()));
    }
    List<Rejection> problems = new ArrayList<>();
    problems.addAll(AccountRules.usernameProblems("username", command.username()));
    problems.addAll(AccountRules.nameProblems("displayName", command.displayName()));
    Optional<Organisation> organisation = organisationProblem(command, problems);
    problems.addAll(AccountRules.roleProblems("roles", command.roles()));
    problems.addAll(AccountRules.passwordProblems("initialPassword", command.initialPassword()));
    if (problems.isEmpty() && users.findByUsername(command.username()).isPresent()) {
      problems.add(
          Rejection.onField(ErrorCode.DUPLICATE, "username", "This user name is already taken."));
    }
    if (!problems.isEmpty()) {
      return refuse(actor, USER_CREATED, what, problems);
    }
    String hash = hashing.hash(command.initialPassword());
    Instant now = clock.instant();
    UserAccount created =
        new UserAccount(
            UserId.random(),
            command.username(),
            AccountRules.name(command.displayName()),
            command.organisationId(),
            command.roles(),
            hash,
            true,
            now);
    return Result.ok(
        unitOfWork.inTransaction(
            () -> {
              users.insert(created);
              auditLog.append(
                  IdentityAudit.accepted(
                      actor,
                      now,
                      USER_CREATED,
                      "Created user "
                          + IdentityAudit.quoted(created.username())
                          + " ("
                          + created.displayName()
                          + ") in organisation "
                          + IdentityAudit.quoted(organisation.orElseThrow().name())
                          + " with roles "
                          + sorted(created.roles())));
              return created;
            }));
  }

  /**
   * Disables an account: its sessions end (every token issued so far is refused, also once it is
   * enabled again) and its refresh tokens are revoked.
   */
  public Result<UserAccount> disableUser(Actor actor, UserId id) {
    return change(
        actor,
        id,
        USER_DISABLED,
        current -> {
          if (current.id().equals(actor.userId())) {
            return Change.refused(
                Rejection.onField(
                    ErrorCode.SELF_LOCKOUT,
                    "id",
                    "An administrator may not disable its own account."));
          }
          if (!current.enabled()) {
            return Change.refused(
                Rejection.onField(ErrorCode.INVALID_STATE, "id", "The user is already disabled."));
          }
          return new Change(
              List.of(),
              current.withEnabled(false).endingSessions(),
              "Disabled user "
                  + IdentityAudit.quoted(current.username())
                  + "; ended its sessions and revoked its refresh tokens",
              true,
              false);
        });
  }

  /** Enables a disabled account again. */
  public Result<UserAccount> enableUser(Actor actor, UserId id) {
    return change(
        actor,
        id,
        USER_ENABLED,
        current ->
            current.enabled()
                ? Change.refused(
                    Rejection.onField(
                        ErrorCode.INVALID_STATE, "id", "The user is already enabled."))
                : new Change(
                    List.of(),
                    current.withEnabled(true),
                    "Enabled user " + IdentityAudit.quoted(current.username()),
                    false,
                    false));
  }

  /**
   * Sets a new password chosen by the administrator; ends the account's sessions, revokes its
   * refresh tokens and clears a lockout.
   */
  public Result<UserAccount> resetPassword(Actor actor, UserId id, String newPassword) {
    return change(
        actor,
        id,
        USER_PASSWORD_RESET,
        current -> {
          List<Rejection> problems = AccountRules.passwordProblems("newPassword", newPassword);
          if (!problems.isEmpty()) {
            return new Change(problems, current, "", false, false);
          }
          return new Change(
              List.of(),
              current.withPasswordHash(hashing.hash(newPassword)).endingSessions(),
              "Reset the password of user "
                  + IdentityAudit.quoted(current.username())
                  + "; ended its sessions, revoked its refresh tokens and cleared its failed"
                  + " logins",
              true,
              true);
        });
  }

  /**
   * Replaces the account's roles; ends its sessions and revokes its refresh tokens, so the account
   * logs in again to act with its new roles.
   */
  public Result<UserAccount> assignRoles(Actor actor, UserId id, Set<Role> roles) {
    return change(
        actor,
        id,
        USER_ROLES_CHANGED,
        current -> {
          List<Rejection> problems = AccountRules.roleProblems("roles", roles);
          if (!problems.isEmpty()) {
            return new Change(problems, current, "", false, false);
          }
          if (current.id().equals(actor.userId()) && !roles.contains(Role.ADMIN)) {
            return Change.refused(
                Rejection.onField(
                    ErrorCode.SELF_LOCKOUT,
                    "roles",
                    "An administrator may not remove its own ADMIN role."));
          }
          return new Change(
              List.of(),
              current.withRoles(roles).endingSessions(),
              "Changed the roles of user "
                  + IdentityAudit.quoted(current.username())
                  + " from "
                  + sorted(current.roles())
                  + " to "
                  + sorted(roles)
                  + "; ended its sessions and revoked its refresh tokens",
              true,
              false);
        });
  }

  /** What a command does to an account, decided before the transaction. */
  private record Change(
      List<Rejection> problems,
      UserAccount next,
      String summary,
      boolean revokeRefreshTokens,
      boolean clearLoginFailures) {
    static Change refused(Rejection rejection) {
      return new Change(List.of(rejection), null, "", false, false);
    }
  }

  private Result<UserAccount> change(
      Actor actor, UserId id, String action, Function<UserAccount, Change> decide) {
    if (!access.canAdminister(actor)) {
      return refuse(actor, action, "change of user " + id, List.of(forbidden()));
    }
    Optional<UserAccount> found = id == null ? Optional.empty() : users.find(id);
    if (found.isEmpty()) {
      return refuse(
          actor,
          action,
          "change of user " + id,
          List.of(Rejection.onField(ErrorCode.NOT_FOUND, "id", "No such user.")));
    }
    UserAccount current = found.get();
    Change change = decide.apply(current);
    if (!change.problems().isEmpty()) {
      return refuse(
          actor,
          action,
          "change of user " + IdentityAudit.quoted(current.username()),
          change.problems());
    }
    Instant now = clock.instant();
    return Result.ok(
        unitOfWork.inTransaction(
            () -> {
              users.update(change.next());
              if (change.revokeRefreshTokens()) {
                refreshTokens.revokeAll(current.id(), now);
              }
              if (change.clearLoginFailures()) {
                loginFailures.clear(current.id());
              }
              auditLog.append(IdentityAudit.accepted(actor, now, action, change.summary()));
              return change.next();
            }));
  }

  private Optional<Organisation> organisationProblem(NewUser command, List<Rejection> problems) {
    if (command.organisationId() == null) {
      problems.add(
          Rejection.onField(ErrorCode.REQUIRED, "organisationId", "An organisation is required."));
      return Optional.empty();
    }
    Optional<Organisation> organisation = organisations.find(command.organisationId());
    if (organisation.isEmpty()) {
      problems.add(
          Rejection.onField(ErrorCode.NOT_FOUND, "organisationId", "No such organisation."));
    }
    return organisation;
  }

  private <T> Result<T> refuse(
      Actor actor, String action, String what, List<Rejection> rejections) {
    Instant now = clock.instant();
    unitOfWork.inTransaction(
        () -> auditLog.append(IdentityAudit.rejected(actor, now, action, what, rejections)));
    return Result.refused(Optional.empty(), rejections);
  }

  private static Rejection forbidden() {
    return Rejection.of(ErrorCode.FORBIDDEN, "Only an administrator may manage user accounts.");
  }

  private static List<Role> sorted(Set<Role> roles) {
    return roles.stream().sorted().toList();
  }
}
