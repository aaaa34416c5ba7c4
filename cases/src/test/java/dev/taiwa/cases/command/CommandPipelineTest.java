package dev.taiwa.cases.command;

import static dev.taiwa.cases.kernel.ActorFixture.anActor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.audit.InMemoryAuditLog;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.DomainEvent;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.PassThroughUnitOfWork;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.TestClock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's own promises, on a small aggregate of its own: what each refusal answers and
 * audits, that an accepted command writes and audits once, and that a stale write is CONFLICT with
 * nothing but its REJECTED entry.
 */
class CommandPipelineTest {
  /** The action a painting is audited as (any action serves the pipeline). */
  private static final AuditAction ACTION = AuditAction.PRE_REPORT_DRAFT_UPDATED;

  /** A box owned by an organisation; painting it gives the next version. */
  record Box(CaseId id, OrganisationId owner, String colour, long version) {
    Box painted(String newColour) {
      return new Box(id, owner, newColour, version + 1);
    }
  }

  record Painted(CaseId caseId, String colour, Instant occurredAt) implements DomainEvent {
    @Override
    public AuditAction type() {
      return ACTION;
    }

    @Override
    public String summary() {
      return "Painted " + colour;
    }
  }

  /** Boxes in a map, with the version check a database makes. */
  static final class Boxes {
    final Map<CaseId, Box> stored = new HashMap<>();

    void update(Box box) {
      Box current = stored.get(box.id());
      if (current == null || current.version() != box.version() - 1) {
        throw new ConcurrentChangeException("box changed");
      }
      stored.put(box.id(), box);
    }
  }

  private final Boxes boxes = new Boxes();
  private final InMemoryAuditLog audit = new InMemoryAuditLog();
  private final CommandPipeline pipeline =
      new CommandPipeline(audit, new PassThroughUnitOfWork(), TestClock.atNow());
  private final OrganisationId owner = OrganisationId.random();
  private final Actor painter = anActor().withRoles(owner, Role.FILER);
  private final Actor stranger = anActor().withRoles(OrganisationId.random(), Role.FILER);
  private final Target<CaseId, Box> target =
      new SimpleTarget<>(
          "box",
          id -> Optional.ofNullable(boxes.stored.get(id)),
          (actor, box) -> actor.belongsTo(box.owner()),
          (actor, box) -> actor.roles(),
          Box::id,
          Box::version);

  private Box aBox() {
    Box box = new Box(CaseId.random(), owner, "white", 1);
    boxes.stored.put(box.id(), box);
    return box;
  }

  private Command<Box, Box> paint(String colour) {
    return Command.<Box, Box>named(ACTION)
        .table(
            (box, roles) ->
                roles.contains(Role.FILER)
                    ? Optional.empty()
                    : Optional.of(Rejection.of(ErrorCode.FORBIDDEN, "filers paint")))
        .policy(
            box ->
                colour.isBlank()
                    ? List.of(Rejection.onField(ErrorCode.REQUIRED, "colour", "name a colour"))
                    : List.of())
        .showing(box -> box)
        .does(
            (box, roles) -> {
              Box next = box.painted(colour);
              return Step.accepted(
                  next, new Painted(box.id(), colour, TestClock.NOW), () -> boxes.update(next));
            });
  }

  private List<AuditEntry> entries() {
    return audit.events().stream().map(AuditEvent::entry).toList();
  }

  @Test
  void anAcceptedCommandWritesTheNextVersionAndOneAcceptedEvent() {
    Box box = aBox();

    Result<Box> result = pipeline.run(painter, target, box.id(), paint("red"));

    assertTrue(result.accepted());
    assertEquals(2, boxes.stored.get(box.id()).version());
    assertEquals(
        List.of(AuditOutcome.ACCEPTED), entries().stream().map(AuditEntry::outcome).toList());
    assertEquals("Painted red", entries().get(0).summary());
  }

  @Test
  void aHiddenAndAMissingAggregateGetTheSameNotFoundAndOneRejectedEvent() {
    Box box = aBox();

    Result<Box> hidden = pipeline.run(stranger, target, box.id(), paint("red"));
    Result<Box> missing = pipeline.run(stranger, target, CaseId.random(), paint("red"));

    assertEquals(hidden.errors(), missing.errors());
    assertEquals(ErrorCode.NOT_FOUND, hidden.errors().get(0).code());
    assertEquals("No such box.", hidden.errors().get(0).message());
    assertTrue(hidden.value().isEmpty());
    assertEquals(1, boxes.stored.get(box.id()).version());
    assertEquals(
        List.of(AuditOutcome.REJECTED, AuditOutcome.REJECTED),
        entries().stream().map(AuditEntry::outcome).toList());
  }

  @Test
  void aStaleExpectedVersionIsConflictAndShowsTheAggregateAsItNowStands() {
    Box box = aBox();
    pipeline.run(painter, target, box.id(), paint("red"));

    Result<Box> stale = pipeline.run(painter, target, box.id(), paint("blue").expecting(1L));

    assertEquals(ErrorCode.CONFLICT, stale.errors().get(0).code());
    assertEquals("expectedVersion", stale.errors().get(0).field());
    assertEquals("red", stale.value().orElseThrow().colour());
    assertEquals("red", boxes.stored.get(box.id()).colour());
  }

  @Test
  void aWriteThatFindsTheAggregateChangedIsConflictWithNoAcceptedEvent() {
    Box box = aBox();
    Command<Box, Box> racing =
        Command.<Box, Box>named(ACTION)
            .does(
                (read, roles) -> {
                  boxes.stored.put(read.id(), read.painted("green")); // someone else commits
                  Box next = read.painted("red");
                  return Step.accepted(
                      next, new Painted(read.id(), "red", TestClock.NOW), () -> boxes.update(next));
                });

    Result<Box> result = pipeline.run(painter, target, box.id(), racing);

    assertEquals(
        List.of(ErrorCode.CONFLICT), result.errors().stream().map(Rejection::code).toList());
    assertEquals("green", boxes.stored.get(box.id()).colour());
    assertEquals(
        List.of(AuditOutcome.REJECTED), entries().stream().map(AuditEntry::outcome).toList());
  }

  @Test
  void theTableIsCheckedBeforeThePoliciesAndPoliciesReportEveryProblem() {
    Box box = aBox();
    Actor auditor = anActor().withRoles(owner, Role.AUDITOR);

    assertEquals(
        ErrorCode.FORBIDDEN,
        pipeline.run(auditor, target, box.id(), paint("")).errors().get(0).code());
    Result<Box> blank =
        pipeline.run(
            painter,
            target,
            box.id(),
            paint("")
                .policy(
                    b -> List.of(Rejection.onField(ErrorCode.INVALID_VALUE, "brush", "no brush"))));
    assertEquals(
        List.of("colour", "brush"), blank.errors().stream().map(Rejection::field).toList());
    assertEquals(1, boxes.stored.get(box.id()).version());
    assertEquals(2, entries().size());
    assertTrue(entries().stream().allMatch(e -> e.outcome() == AuditOutcome.REJECTED));
  }

  @Test
  void aCreationRunsItsBehaviourInsideItsTransactionAndAuditsIt() {
    Result<Box> created =
        pipeline.create(
            painter,
            null,
            Command.<Actor, Box>named(ACTION)
                .table(
                    (actor, roles) ->
                        roles.contains(Role.FILER)
                            ? Optional.empty()
                            : Optional.of(Rejection.of(ErrorCode.FORBIDDEN, "filers paint")))
                .does(
                    (actor, roles) -> {
                      Box box = new Box(CaseId.random(), actor.organisationId(), "white", 1);
                      return Step.accepted(
                          box,
                          new Painted(box.id(), "white", TestClock.NOW),
                          () -> boxes.stored.put(box.id(), box));
                    }));

    assertTrue(created.accepted());
    assertEquals(Set.of(created.value().orElseThrow().id()), boxes.stored.keySet());
    assertEquals(
        List.of(AuditOutcome.ACCEPTED), entries().stream().map(AuditEntry::outcome).toList());
  }
}
