package dev.taiwa.cases.catalogue.application;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.catalogue.NewRevision;
import dev.taiwa.cases.catalogue.NewRevisionRules;
import dev.taiwa.cases.catalogue.TechnologyRevision;
import dev.taiwa.cases.catalogue.TechnologyRevisionWriter;
import dev.taiwa.cases.catalogue.TechnologyRevisions;
import dev.taiwa.cases.command.Command;
import dev.taiwa.cases.command.CommandPipeline;
import dev.taiwa.cases.command.Recorded;
import dev.taiwa.cases.command.Step;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Changes to the technology list: an administrator adds a revision that {@link NewRevisionRules}
 * accepts; it is stored with one ACCEPTED TECHNOLOGY_REVISION_ADDED audit event in one transaction.
 * A refusal writes only a REJECTED audit event naming each code and field.
 */
public final class CatalogueCommands {
  /** The audit action of an added revision (and of a refused attempt). */
  private final TechnologyRevisions revisions;

  private final TechnologyRevisionWriter writer;
  private final CommandPipeline pipeline;
  private final Clock clock;

  public CatalogueCommands(
      TechnologyRevisions revisions,
      TechnologyRevisionWriter writer,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.revisions = revisions;
    this.writer = writer;
    this.pipeline = new CommandPipeline(auditLog, unitOfWork, clock);
    this.clock = clock;
  }

  /** Stores {@code draft} as a new revision when an ADMIN adds it and it breaks no rule. */
  public Result<TechnologyRevision> addRevision(Actor actor, NewRevision draft) {
    Instant now = clock.instant();
    return pipeline.create(
        actor,
        null,
        Command.<Actor, TechnologyRevision>named(AuditAction.TECHNOLOGY_REVISION_ADDED)
            .table(
                (a, roles) ->
                    mayAddRevision(a)
                        ? Optional.empty()
                        : Optional.of(
                            Rejection.of(
                                ErrorCode.FORBIDDEN,
                                "Only an administrator may change the technology list.")))
            .policy(a -> NewRevisionRules.problems(draft, revisions.all()))
            .does(
                (a, roles) -> {
                  TechnologyRevision revision = NewRevisionRules.revision(draft);
                  return Step.accepted(
                      revision,
                      new Recorded(
                          null, AuditAction.TECHNOLOGY_REVISION_ADDED, summary(revision), now),
                      () -> writer.add(revision));
                }));
  }

  /** Whether {@code actor} may add revisions at all: an administrator. */
  public boolean mayAddRevision(Actor actor) {
    return actor.has(Role.ADMIN);
  }

  private static String summary(TechnologyRevision revision) {
    return "Technology revision "
        + revision.id()
        + " effective "
        + revision.effectiveDate()
        + " with "
        + revision.items().size()
        + " items ("
        + revision.items().stream()
            .collect(Collectors.groupingBy(t -> t.status().name(), Collectors.counting()))
            .entrySet()
            .stream()
            .sorted(java.util.Map.Entry.comparingByKey())
            .map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(", "))
        + ")";
  }
}
