package dev.taiwa.cases.patent.catalogue.application;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.command.Command;
import dev.taiwa.cases.command.CommandPipeline;
import dev.taiwa.cases.command.Recorded;
import dev.taiwa.cases.command.Step;
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
  private final CommandPipeline pipeline;
  private final Clock clock;

  public SpecifiedFieldRevisionCommands(
      SpecifiedFieldCatalogue catalogue,
      IpcMappingRevisions revisions,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.catalogue = catalogue;
    this.revisions = revisions;
    this.pipeline = new CommandPipeline(auditLog, unitOfWork, clock);
    this.clock = clock;
  }

  /** Stores {@code draft} when a recorder (ADMIN) records it and it breaks no rule. */
  public Result<IpcMappingRevision> record(Actor actor, NewIpcMappingRevision draft) {
    Instant now = clock.instant();
    return pipeline.create(
        actor,
        null,
        Command.<Actor, IpcMappingRevision>named(AuditAction.SPECIFIED_FIELD_REVISION_RECORDED)
            .table(
                (a, roles) ->
                    a.roles().stream().anyMatch(POLICY.recorders()::contains)
                        ? Optional.empty()
                        : Optional.of(
                            Rejection.of(
                                ErrorCode.FORBIDDEN,
                                "Only an administrator may revise the IPC mapping.")))
            .policy(a -> IpcMappingRules.problems(draft, catalogue.latestEffectiveDate()))
            .does(
                (a, roles) -> {
                  IpcMappingRevision revision =
                      IpcMappingRules.revision(
                          draft, UUID.randomUUID().toString(), now, actor.username());
                  return Step.accepted(
                      revision,
                      new Recorded(
                          null,
                          AuditAction.SPECIFIED_FIELD_REVISION_RECORDED,
                          summary(revision),
                          now),
                      () -> revisions.add(revision));
                }));
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
