package dev.taiwa.cases.access.application;

import dev.taiwa.cases.access.AccessGrant;
import dev.taiwa.cases.access.AccessGrantEvent;
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
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.kernel.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The need-to-know use cases that change grants: grant, revoke, open break-glass, review it. Each
 * accepted command writes the grant and exactly one ACCEPTED audit event in one transaction; a
 * refused command writes only one REJECTED audit event.
 */
public final class AccessGrantCommands {
  private final AccessGrants grants;
  private final KnownCases cases;
  private final UserAccounts users;
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
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
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.rules = rules;
    this.validation = new GrantValidation(rules);
  }

  /** A security reviewer grants a named user (not themselves) access to a case. */
  public Result<AccessGrant> grant(Actor actor, GrantAccess command) {
    Instant now = clock.instant();
    AuditAction action = AuditAction.ACCESS_GRANTED;
    Optional<Rejection> forbidden = policy.mayGrantOrRevoke(actor);
    if (forbidden.isPresent()) {
      return refuse(actor, command.caseId(), action, List.of(forbidden.get()));
    }
    List<Rejection> problems = new ArrayList<>();
    Optional<UserAccount> grantee = users.find(command.grantee());
    if (command.grantee().equals(actor.userId())) {
      problems.add(
          Rejection.onField(
              ErrorCode.INVALID_VALUE,
              "granteeId",
              "Nobody may grant access to themselves; break-glass is for emergencies"));
    } else if (grantee.isEmpty()) {
      problems.add(Rejection.onField(ErrorCode.NOT_FOUND, "granteeId", "No such user"));
    } else if (!grantee.get().enabled()) {
      problems.add(
          Rejection.onField(ErrorCode.INVALID_VALUE, "granteeId", "The user account is disabled"));
    }
    if (!cases.exists(command.caseId())) {
      problems.add(Rejection.onField(ErrorCode.NOT_FOUND, "caseId", "No such case"));
    }
    problems.addAll(validation.forGrant(command.reason(), command.expiresAt(), now));
    if (!problems.isEmpty()) {
      return refuse(actor, command.caseId(), action, problems);
    }
    AccessGrant grant =
        AccessGrant.granted(
            command.grantee(),
            command.caseId(),
            command.reason().strip(),
            actor.userId(),
            now,
            command.expiresAt(),
            false);
    return store(actor, new AccessGranted(grant, nameOf(grant.grantee())), () -> insert(grant));
  }

  /** A security reviewer ends an active grant early, giving a reason. */
  public Result<AccessGrant> revoke(Actor actor, GrantId id, String reason) {
    Instant now = clock.instant();
    AuditAction action = AuditAction.ACCESS_REVOKED;
    Optional<AccessGrant> found = grants.find(id);
    CaseId caseId = found.map(AccessGrant::caseId).orElse(null);
    Optional<Rejection> forbidden = policy.mayGrantOrRevoke(actor);
    if (forbidden.isPresent()) {
      return refuse(actor, caseId, action, List.of(forbidden.get()));
    }
    if (found.isEmpty()) {
      return refuse(actor, null, action, List.of(noSuchGrant()));
    }
    AccessGrant current = found.get();
    List<Rejection> problems = new ArrayList<>();
    validation.note("reason", reason).ifPresent(problems::add);
    if (!current.isActiveAt(now)) {
      problems.add(
          Rejection.of(
              ErrorCode.INVALID_STATE, "The grant has already ended (revoked or expired)"));
    }
    if (!problems.isEmpty()) {
      return refuse(actor, caseId, action, problems);
    }
    AccessGrant revoked =
        current.revoked(new AccessGrant.Revocation(now, actor.userId(), reason.strip()));
    return store(
        actor,
        new AccessRevoked(revoked, nameOf(revoked.grantee())),
        () -> grants.recordRevocation(revoked));
  }

  /**
   * A security reviewer opens emergency access to a case for themselves: a grant of {@code
   * grants.breakGlassHours}, flagged break-glass and waiting for an auditor's review.
   */
  public Result<AccessGrant> openBreakGlass(Actor actor, CaseId caseId, String reason) {
    Instant now = clock.instant();
    AuditAction action = AuditAction.BREAK_GLASS_OPENED;
    Optional<Rejection> forbidden = policy.mayOpenBreakGlass(actor);
    if (forbidden.isPresent()) {
      return refuse(actor, caseId, action, List.of(forbidden.get()));
    }
    List<Rejection> problems = new ArrayList<>();
    if (!cases.exists(caseId)) {
      problems.add(Rejection.onField(ErrorCode.NOT_FOUND, "caseId", "No such case"));
    }
    validation.reason("reason", reason).ifPresent(problems::add);
    if (!problems.isEmpty()) {
      return refuse(actor, caseId, action, problems);
    }
    AccessGrant grant =
        AccessGrant.granted(
            actor.userId(),
            caseId,
            reason.strip(),
            actor.userId(),
            now,
            now.plus(Duration.ofHours(rules.breakGlassHours())),
            true);
    return store(actor, new BreakGlassOpened(grant, nameOf(actor)), () -> insert(grant));
  }

  /** An auditor (never the grantee) reviews a break-glass grant, which leaves the queue. */
  public Result<AccessGrant> reviewBreakGlass(Actor actor, GrantId id, String note) {
    Instant now = clock.instant();
    AuditAction action = AuditAction.BREAK_GLASS_REVIEWED;
    Optional<AccessGrant> found = grants.find(id);
    CaseId caseId = found.map(AccessGrant::caseId).orElse(null);
    Optional<Rejection> forbidden = policy.mayReadReviewQueue(actor);
    if (forbidden.isPresent()) {
      return refuse(actor, caseId, action, List.of(forbidden.get()));
    }
    if (found.isEmpty()) {
      return refuse(actor, null, action, List.of(noSuchGrant()));
    }
    AccessGrant current = found.get();
    Optional<Rejection> ownAccess = policy.mayReview(actor, current);
    if (ownAccess.isPresent()) {
      return refuse(actor, caseId, action, List.of(ownAccess.get()));
    }
    List<Rejection> problems = new ArrayList<>();
    validation.note("note", note).ifPresent(problems::add);
    if (!current.breakGlass()) {
      problems.add(Rejection.of(ErrorCode.INVALID_STATE, "The grant is not a break-glass access"));
    } else if (current.isReviewed()) {
      problems.add(Rejection.of(ErrorCode.INVALID_STATE, "The break-glass access is reviewed"));
    }
    if (!problems.isEmpty()) {
      return refuse(actor, caseId, action, problems);
    }
    AccessGrant reviewed =
        current.reviewed(new AccessGrant.Review(now, actor.userId(), note.strip()));
    return store(
        actor,
        new BreakGlassReviewed(reviewed, nameOf(reviewed.grantee())),
        () -> grants.recordReview(reviewed));
  }

  private boolean insert(AccessGrant grant) {
    grants.insert(grant);
    return true;
  }

  /**
   * Writes the change and its ACCEPTED audit event in one transaction; when the store reports that
   * someone else changed the grant first, writes nothing of it and refuses with CONFLICT.
   */
  private Result<AccessGrant> store(Actor actor, AccessGrantEvent event, BooleanSupplier write) {
    boolean written =
        unitOfWork.inTransaction(
            () -> {
              if (!write.getAsBoolean()) {
                return false;
              }
              auditLog.append(GrantAuditEntries.accepted(actor, event));
              return true;
            });
    if (!written) {
      return refuse(
          actor,
          event.caseId(),
          event.type(),
          List.of(
              Rejection.of(
                  ErrorCode.CONFLICT, "The grant was changed by someone else; reload it")));
    }
    return Result.ok(event.grant());
  }

  /** Writes the one REJECTED audit entry of a refused command, and nothing else. */
  private Result<AccessGrant> refuse(
      Actor actor, CaseId caseId, AuditAction action, List<Rejection> rejections) {
    AuditEntry entry =
        GrantAuditEntries.rejected(actor, caseId, action, rejections, clock.instant());
    unitOfWork.inTransaction(() -> auditLog.append(entry));
    return Result.refused(Optional.empty(), rejections);
  }

  private String nameOf(UserId user) {
    return users.find(user).map(a -> a.username() + " (" + user + ")").orElse(user.toString());
  }

  private static String nameOf(Actor actor) {
    return actor.username() + " (" + actor.userId() + ")";
  }

  private static Rejection noSuchGrant() {
    return Rejection.onField(ErrorCode.NOT_FOUND, "grantId", "No such grant");
  }
}
