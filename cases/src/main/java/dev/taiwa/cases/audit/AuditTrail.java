package dev.taiwa.cases.audit;

import dev.taiwa.cases.access.AuditLogAccessPolicy;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import java.util.List;
import java.util.Optional;

/** Auditors' and officials' reads of the audit log, and verification of its chain. */
public final class AuditTrail {
  private final AuditLog log;
  private final AuditLogAccessPolicy access = new AuditLogAccessPolicy();

  public AuditTrail(AuditLog log) {
    this.log = log;
  }

  /** The case's events, oldest first; refused (FORBIDDEN) for roles that may not read the log. */
  public Result<List<AuditEvent>> forCase(Actor actor, CaseId caseId) {
    if (!access.canRead(actor)) {
      return Result.refused(
          Optional.empty(),
          List.of(
              Rejection.of(
                  ErrorCode.FORBIDDEN,
                  "Reading the audit log requires one of the roles " + access.readers())));
    }
    return Result.ok(log.trail(caseId));
  }

  /** Recomputes every hash and link in sequence order; reports the first broken event. */
  public ChainVerification verify() {
    ChainWalk walk = new ChainWalk();
    log.forEach(walk::check);
    return new ChainVerification(walk.checked, Optional.ofNullable(walk.firstBroken));
  }

  /** Walks the chain once, remembering the first break and carrying on from what is stored. */
  private static final class ChainWalk {
    private long checked;
    private long expectedSequence = 1;
    private String previousHash = AuditHash.GENESIS;
    private ChainVerification.BrokenLink firstBroken;

    void check(AuditEvent event) {
      checked++;
      if (firstBroken == null) {
        problem(event)
            .ifPresent(p -> firstBroken = new ChainVerification.BrokenLink(event.sequence(), p));
      }
      expectedSequence = event.sequence() + 1;
      previousHash = event.hash();
    }

    private Optional<String> problem(AuditEvent event) {
      if (event.sequence() != expectedSequence) {
        return Optional.of(
            "sequence gap: expected " + expectedSequence + ", found " + event.sequence());
      }
      if (!event.previousHash().equals(previousHash)) {
        return Optional.of("previous-hash link broken: it does not name the event before it");
      }
      if (!AuditHash.matches(event)) {
        return Optional.of("hash does not match its content");
      }
      return Optional.empty();
    }
  }
}
