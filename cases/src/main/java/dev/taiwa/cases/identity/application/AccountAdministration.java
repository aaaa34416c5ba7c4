package dev.taiwa.cases.identity.application;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.command.Command;
import dev.taiwa.cases.command.CommandPipeline;
import dev.taiwa.cases.command.Recorded;
import dev.taiwa.cases.command.SimpleTarget;
import dev.taiwa.cases.command.Step;
import dev.taiwa.cases.command.Target;
import dev.taiwa.cases.identity.AccountRules;
import dev.taiwa.cases.identity.IdentityAccessPolicy;
import dev.taiwa.cases.identity.LoginFailures;
import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.PasswordHashing;
import dev.taiwa.cases.identity.RefreshTokens;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
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
 * Administrators' use cases on user accounts, each a {@link Command} for the {@link
 * CommandPipeline}. Every command is refused (FORBIDDEN) for anyone but an ADMIN. Summaries name
 * the account and what changed, never a password or a hash.
 */
public final class AccountAdministration {

  private final UserAccounts users;
  private final Organisations organisations;
  private final PasswordHashing hashing;
  private final LoginFailures loginFailures;
  private final RefreshTokens refreshTokens;
  private final Clock clock;
  private final CommandPipeline pipeline;
  private final Target<UserId, UserAccount> target;
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
    this.clock = clock;
    this.pipeline = new CommandPipeline(auditLog, unitOfWork, clock);
    this.target =
        new SimpleTarget<UserId, UserAccount>(
            "user",
            users::find,
            (caller, account) -> true,
            (caller, account) -> caller.roles(),
            account -> null,
            UserAccount::version);
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
    return pipeline.create(
        actor,
        null,
        Command.<Actor, UserAccount>named(AuditAction.USER_CREATED)
            .about(a -> "creation of user " + IdentityAudit.quoted(command.username()))
            .table((a, roles) -> administers(a))
            .policy(a -> newUserProblems(command))
            .does(
                (a, roles) -> {
                  Instant now = clock.instant();
                  UserAccount created =
                      new UserAccount(
                          UserId.random(),
                          command.username(),
                          AccountRules.name(command.displayName()),
                          command.organisationId(),
                          command.roles(),
                          hashing.hash(command.initialPassword()),
                          true,
                          now);
                  String organisation =
                      organisations.find(command.organisationId()).orElseThrow().name();
                  return Step.accepted(
                      created,
                      new Recorded(
                          null,
                          AuditAction.USER_CREATED,
                          "Created user "
                              + IdentityAudit.quoted(created.username())
                              + " ("
                              + created.displayName()
                              + ") in organisation "
                              + IdentityAudit.quoted(organisation)
                              + " with roles "
                              + sorted(created.roles()),
                          now),
                      () -> users.insert(created));
                }));
  }

  private List<Rejection> newUserProblems(NewUser command) {
    List<Rejection> problems = new ArrayList<>();
    problems.addAll(AccountRules.usernameProblems("username", command.username()));
    problems.addAll(AccountRules.nameProblems("displayName", command.displayName()));
    organisationProblem(command, problems);
    problems.addAll(AccountRules.roleProblems("roles", command.roles()));
    problems.addAll(AccountRules.passwordProblems("initialPassword", command.initialPassword()));
    if (problems.isEmpty() && users.findByUsername(command.username()).isPresent()) {
      problems.add(
          Rejection.onField(ErrorCode.DUPLICATE, "username", "This user name is already taken."));
    }
    return problems;
  }

  /**
   * Disables an account: its sessions end (every token issued so far is refused, also once it is
   * enabled again) and its refresh tokens are revoked.
   */
  public Result<UserAccount> disableUser(Actor actor, UserId id) {
    return disableUser(actor, id, null);
  }

  /** The same, refused as CONFLICT when the account is no longer at {@code expectedVersion}. */
  public Result<UserAccount> disableUser(Actor actor, UserId id, Long expectedVersion) {
    return change(
        actor,
        id,
        expectedVersion,
        AuditAction.USER_DISABLED,
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
    return enableUser(actor, id, null);
  }

  /** The same, refused as CONFLICT when the account is no longer at {@code expectedVersion}. */
  public Result<UserAccount> enableUser(Actor actor, UserId id, Long expectedVersion) {
    return change(
        actor,
        id,
        expectedVersion,
        AuditAction.USER_ENABLED,
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
    return resetPassword(actor, id, newPassword, null);
  }

  /** The same, refused as CONFLICT when the account is no longer at {@code expectedVersion}. */
  public Result<UserAccount> resetPassword(
      Actor actor, UserId id, String newPassword, Long expectedVersion) {
    return change(
        actor,
        id,
        expectedVersion,
        AuditAction.USER_PASSWORD_RESET,
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
    return assignRoles(actor, id, roles, null);
  }

  /** The same, refused as CONFLICT when the account is no longer at {@code expectedVersion}. */
  public Result<UserAccount> assignRoles(
      Actor actor, UserId id, Set<Role> roles, Long expectedVersion) {
    return change(
        actor,
        id,
        expectedVersion,
        AuditAction.USER_ROLES_CHANGED,
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
      Actor actor,
      UserId id,
      Long expectedVersion,
      AuditAction action,
      Function<UserAccount, Change> decide) {
    return pipeline.run(
        actor,
        target,
        id,
        Command.<UserAccount, UserAccount>named(action)
            .expecting(expectedVersion)
            .showing(current -> current)
            .about(current -> "change of user " + IdentityAudit.quoted(current.username()))
            .table((current, roles) -> administers(actor))
            .does(
                (current, roles) -> {
                  Change change = decide.apply(current);
                  if (!change.problems().isEmpty()) {
                    return Step.refused(change.problems());
                  }
                  Instant now = clock.instant();
                  return Step.accepted(
                      change.next().nextVersion(),
                      new Recorded(null, action, change.summary(), now),
                      () -> {
                        users.update(change.next());
                        if (change.revokeRefreshTokens()) {
                          refreshTokens.revokeAll(current.id(), now);
                        }
                        if (change.clearLoginFailures()) {
                          loginFailures.clear(current.id());
                        }
                      });
                }));
  }

  private Optional<Rejection> administers(Actor actor) {
    return access.canAdminister(actor) ? Optional.empty() : Optional.of(forbidden());
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

  private static Rejection forbidden() {
    return Rejection.of(ErrorCode.FORBIDDEN, "Only an administrator may manage user accounts.");
  }

  private static List<Role> sorted(Set<Role> roles) {
    return roles.stream().sorted().toList();
  }
}
