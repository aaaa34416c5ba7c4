package dev.taiwa.cases.access.application;

import dev.taiwa.cases.access.AccessGrant;
import dev.taiwa.cases.access.AccessGrantEvent.AccessGranted;
import dev.taiwa.cases.access.AccessGrantEvent.AccessRevoked;
import dev.taiwa.cases.access.AccessGrantEvent.BreakGlassOpened;
import dev.taiwa.cases.access.AccessGrantEvent.BreakGlassReviewed;
import dev.taiwa.cases.access.GrantId;
import dev.taiwa.cases.access.GrantPolicy;
import dev.taiwa.cases.access.GrantRules;
import dev.taiwa.cases.access.GrantValidation;
import dev.taiwa.cases.access.port.AccessGrants;
import dev.taiwa.cases.access.port.KnownCases;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.command.Command;
import dev.taiwa.cases.command.CommandPipeline;
import dev.taiwa.cases.command.SimpleTarget;
import dev.taiwa.cases.command.Step;
import dev.taiwa.cases.command.Target;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.kernel.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The need-to-know use cases that change grants: grant, revoke, open break-glass, review it, each a
 * {@link Command} for the {@link CommandPipeline}. Grants carry no version: their one change
 * (revocation or review) is written only over an unchanged grant, else CONFLICT.
 */
public final class AccessGrantCommands {
  private final AccessGrants grants;
  private final KnownCases cases;
  private final UserAccounts users;
  private final Clock clock;
  private final CommandPipeline pipeline;
  private final Target<GrantId, AccessGrant> target;
  private final GrantRules rules;
  private final GrantValidation validation;
  private final GrantPolicy policy = new GrantPolicy();

  public AccessGrantCommands(
      AccessGrants grants,
      KnownCases cases,
      UserAccounts users,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock,
      GrantRules rules) {
    this.grants = grants;
    this.cases = cases;
    this.users = users;
    this.clock = clock;
    this.pipeline = new CommandPipeline(auditLog, unitOfWork, clock);
    this.target =
        new SimpleTarget<GrantId, AccessGrant>(
            "grant",
            grants::find,
            (caller, grant) -> true,
            (caller, grant) -> caller.roles(),
            AccessGrant::caseId,
            grant -> 1,
            "grantId");
    this.rules = rules;
    this.validation = new GrantValidation(rules);
  }

  /** A security reviewer grants a named user (not themselves) access to a case. */
  public Result<AccessGrant> grant(Actor actor, GrantAccess command) {
    Instant now = clock.instant();
    return pipeline.create(
        actor,
        command.caseId(),
        Command.<Actor, AccessGrant>named(AuditAction.ACCESS_GRANTED)
            .table((a, roles) -> policy.mayGrantOrRevoke(a))
            .policy(a -> granteeProblems(a, command))
            .policy(a -> caseProblems(command.caseId()))
            .policy(a -> validation.forGrant(command.reason(), command.expiresAt(), now))
            .does(
                (a, roles) -> {
                  AccessGrant grant =
                      AccessGrant.granted(
                          command.grantee(),
                          command.caseId(),
                          command.reason().strip(),
                          actor.userId(),
                          now,
                          command.expiresAt(),
                          false);
                  return Step.accepted(
                      grant,
                      new AccessGranted(grant, nameOf(grant.grantee())),
                      () -> grants.insert(grant));
                }));
  }

  /** A security reviewer ends an active grant early, giving a reason. */
  public Result<AccessGrant> revoke(Actor actor, GrantId id, String reason) {
    Instant now = clock.instant();
    return pipeline.run(
        actor,
        target,
        id,
        Command.<AccessGrant, AccessGrant>named(AuditAction.ACCESS_REVOKED)
            .table((grant, roles) -> policy.mayGrantOrRevoke(actor))
            .policy(grant -> validation.note("reason", reason).stream().toList())
            .policy(
                grant ->
                    grant.isActiveAt(now)
                        ? List.of()
                        : List.of(
                            Rejection.of(
                                ErrorCode.INVALID_STATE,
                                "The grant has already ended (revoked or expired)")))
            .does(
                (current, roles) -> {
                  AccessGrant revoked =
                      current.revoked(
                          new AccessGrant.Revocation(now, actor.userId(), reason.strip()));
                  return Step.accepted(
                      revoked,
                      new AccessRevoked(revoked, nameOf(revoked.grantee())),
                      () -> changed(grants.recordRevocation(revoked)));
                }));
  }

  /**
   * A security reviewer opens emergency access to a case for themselves: a grant of {@code
   * grants.breakGlassHours}, flagged break-glass and waiting for an auditor's review.
   */
  public Result<AccessGrant> openBreakGlass(Actor actor, CaseId caseId, String reason) {
    Instant now = clock.instant();
    return pipeline.create(
        actor,
        caseId,
        Command.<Actor, AccessGrant>named(AuditAction.BREAK_GLASS_OPENED)
            .table((a, roles) -> policy.mayOpenBreakGlass(a))
            .policy(a -> caseProblems(caseId))
            .policy(a -> validation.reason("reason", reason).stream().toList())
            .does(
                (a, roles) -> {
                  AccessGrant grant =
                      AccessGrant.granted(
                          actor.userId(),
                          caseId,
                          reason.strip(),
                          actor.userId(),
                          now,
                          now.plus(Duration.ofHours(rules.breakGlassHours())),
                          true);
                  return Step.accepted(
                      grant,
                      new BreakGlassOpened(grant, nameOf(actor)),
                      () -> grants.insert(grant));
                }));
  }

  /** An auditor (never the grantee) reviews a break-glass grant, which leaves the queue. */
  public Result<AccessGrant> reviewBreakGlass(Actor actor, GrantId id, String note) {
    Instant now = clock.instant();
    return pipeline.run(
        actor,
        target,
        id,
        Command.<AccessGrant, AccessGrant>named(AuditAction.BREAK_GLASS_REVIEWED)
            .table((grant, roles) -> policy.mayReadReviewQueue(actor))
            .table((grant, roles) -> policy.mayReview(actor, grant))
            .policy(grant -> validation.note("note", note).stream().toList())
            .policy(
                grant -> {
                  if (!grant.breakGlass()) {
                    return List.of(
                        Rejection.of(
                            ErrorCode.INVALID_STATE, "The grant is not a break-glass access"));
                  }
                  return grant.isReviewed()
                      ? List.of(
                          Rejection.of(
                              ErrorCode.INVALID_STATE, "The break-glass access is reviewed"))
                      : List.of();
                })
            .does(
                (current, roles) -> {
                  AccessGrant reviewed =
                      current.reviewed(new AccessGrant.Review(now, actor.userId(), note.strip()));
                  return Step.accepted(
                      reviewed,
                      new BreakGlassReviewed(reviewed, nameOf(reviewed.grantee())),
                      () -> changed(grants.recordReview(reviewed)));
                }));
  }

  /** The grantee must be another, enabled account. */
  private List<Rejection> granteeProblems(Actor actor, GrantAccess command) {
    Optional<UserAccount> grantee = users.find(command.grantee());
    if (command.grantee().equals(actor.userId())) {
      return List.of(
          Rejection.onField(
              ErrorCode.INVALID_VALUE,
              "granteeId",
              "Nobody may grant access to themselves; break-glass is for emergencies"));
    }
    if (grantee.isEmpty()) {
      return List.of(Rejection.onField(ErrorCode.NOT_FOUND, "granteeId", "No such user"));
    }
    return grantee.get().enabled()
        ? List.of()
        : List.of(
            Rejection.onField(
                ErrorCode.INVALID_VALUE, "granteeId", "The user account is disabled"));
  }

  private List<Rejection> caseProblems(CaseId caseId) {
    return cases.exists(caseId)
        ? List.of()
        : List.of(Rejection.onField(ErrorCode.NOT_FOUND, "caseId", "No such case"));
  }

  /** A grant the store found changed by someone else first is a stale write. */
  private static void changed(boolean written) {
    if (!written) {
      throw new ConcurrentChangeException("the grant was changed by someone else");
    }
  }

  private String nameOf(UserId user) {
    return users.find(user).map(a -> a.username() + " (" + user + ")").orElse(user.toString());
  }

  private static String nameOf(Actor actor) {
    return actor.username() + " (" + actor.userId() + ")";
  }
}
