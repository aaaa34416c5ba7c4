package dev.taiwa.cases.patent.catalogue.application;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.patent.catalogue.IpcMappingPolicy;
import dev.taiwa.cases.patent.catalogue.IpcMappingRevision;
import dev.taiwa.cases.patent.catalogue.IpcMappingRevisions;
import dev.taiwa.cases.patent.catalogue.IpcMappingRules;
import dev.taiwa.cases.patent.catalogue.NewIpcMappingRevision;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldCatalogue;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An administrator records a revision of the IPC mapping of the specified fields; accepted, it is
 * stored with one ACCEPTED SPECIFIED_FIELD_REVISION_RECORDED audit event (no case) in one
 * transaction; a refusal writes only a REJECTED event naming every problem.
 */
public final class SpecifiedFieldRevisionCommands {
  /** The audit action of a recorded revision (and of a refused attempt). */
  private static final IpcMappingPolicy POLICY = new IpcMappingPolicy();

  private final SpecifiedFieldCatalogue catalogue;
  private final IpcMappingRevisions revisions;
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public SpecifiedFieldRevisionCommands(
      SpecifiedFieldCatalogue catalogue,
      IpcMappingRevisions revisions,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.catalogue = catalogue;
    this.revisions = revisions;
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** Stores {@code draft} when a recorder (ADMIN) records it and it breaks no rule. */
  public Result<IpcMappingRevision> record(Actor actor, NewIpcMappingRevision draft) {
    Instant now = clock.instant();
    boolean allowed = actor.roles().stream().anyMatch(POLICY.recorders()::contains);
    List<Rejection> problems =
        allowed
            ? IpcMappingRules.problems(draft, catalogue.latestEffectiveDate())
            : List.of(
                Rejection.of(
                    ErrorCode.FORBIDDEN, "Only an administrator may revise the IPC mapping."));
    if (!problems.isEmpty()) {
      unitOfWork.inTransaction(
          () ->
              auditLog.append(
                  AuditEntry.refused(
                      actor, null, AuditAction.SPECIFIED_FIELD_REVISION_RECORDED, problems, now)));
      return Result.refused(Optional.empty(), problems);
    }
    IpcMappingRevision revision =
        IpcMappingRules.revision(draft, UUID.randomUUID().toString(), now, actor.username());
    unitOfWork.inTransaction(
        () -> {
          revisions.add(revision);
          return auditLog.append(
              AuditEntry.accepted(
                  actor,
                  null,
                  AuditAction.SPECIFIED_FIELD_REVISION_RECORDED,
                  summary(revision),
                  now));
        });
    return Result.ok(revision);
  }

  /** The recorded revisions, in order of effect. */
  public List<IpcMappingRevision> recorded() {
    return catalogue.recorded();
  }

  private static String summary(IpcMappingRevision revision) {
    return "IPC mapping revision "
        + revision.id()
        + " effective "
        + revision.effectiveFrom()
        + " maps fields "
        + revision.mappings().stream()
            .map(m -> m.fieldNumber() + "")
            .collect(Collectors.joining(", "));
  }
}
