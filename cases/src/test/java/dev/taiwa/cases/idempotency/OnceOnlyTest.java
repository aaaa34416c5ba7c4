package dev.taiwa.cases.idempotency;

import static dev.taiwa.cases.kernel.ActorFixture.anActor;
import static dev.taiwa.cases.prereport.model.PreReportFormFixture.aPreReportForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.audit.InMemoryAuditLog;
import dev.taiwa.cases.catalogue.FixedTechnologyRevisions;
import dev.taiwa.cases.deadline.AdministrativeCalendar;
import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.InMemoryTrackedDeadlines;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.PassThroughUnitOfWork;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.TestClock;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.prereport.application.PreReportCommands;
import dev.taiwa.cases.prereport.application.PreReportQueries;
import dev.taiwa.cases.prereport.application.StageTargets;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportForm;
import dev.taiwa.cases.prereport.model.PreReportRules;
import dev.taiwa.cases.prereport.port.InMemoryOutcomes;
import dev.taiwa.cases.prereport.port.InMemoryPreReports;
import dev.taiwa.cases.prereport.port.InMemoryReferenceNumbers;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Creates through {@link OnceOnly}, on pre-report drafts with in-memory ports. */
class OnceOnlyTest {
  private final TestClock clock = TestClock.atNow();
  private final InMemoryPreReports preReports = new InMemoryPreReports();
  private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  private final PassThroughUnitOfWork unitOfWork = new PassThroughUnitOfWork();
  private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
  private final PreReportCommands commands =
      new PreReportCommands(
          preReports,
          new InMemoryReferenceNumbers(),
          new FixedTechnologyRevisions(),
          auditLog,
          unitOfWork,
          clock,
          PreReportRules.defaults(),
          new StageTargets(
              new DeadlineLedger(
                  new InMemoryTrackedDeadlines(),
                  DeadlineRules.defaults(),
                  AdministrativeCalendar.standard(),
                  clock)),
          new InMemoryOutcomes());
  private final PreReportQueries queries = new PreReportQueries(preReports);
  private final OnceOnly onceOnly = new OnceOnly(keys, unitOfWork, clock, Duration.ofHours(24));

  private final OrganisationId acme = OrganisationId.random();
  private final Actor sato = anActor().named("sato").filerOf(acme);
  private final Actor suzuki = anActor().named("suzuki").filerOf(acme);

  private Result<PreReport> draft(Actor actor, String key) {
    return draft(actor, key, aPreReportForm().build());
  }

  private Result<PreReport> draft(Actor actor, String key, PreReportForm form) {
    return onceOnly.create(
        actor,
        key,
        CreateOperation.CREATE_PRE_REPORT_DRAFT,
        () -> commands.createDraft(actor, form),
        report -> report.id().value(),
        id -> queries.find(actor, new CaseId(id)));
  }

  private static PreReport accepted(Result<PreReport> result) {
    assertTrue(result.accepted(), () -> "refused: " + result.errors());
    return result.value().orElseThrow();
  }

  private static void refusedOnTheKey(Result<?> result, ErrorCode code) {
    assertFalse(result.accepted());
    assertTrue(result.value().isEmpty());
    assertEquals(
        List.of(code + " " + OnceOnly.FIELD),
        result.errors().stream().map(r -> r.code() + " " + r.field()).toList());
  }

  @Test
  void aRetryWithTheSameKeyReturnsTheFirstResultAndWritesNothing() {
    PreReport first = accepted(draft(sato, "retry-1"));
    int audited = auditLog.size();

    PreReport retried = accepted(draft(sato, "retry-1"));
    PreReport again = accepted(draft(sato, "retry-1"));

    assertEquals(first.id(), retried.id());
    assertEquals(first, again);
    assertEquals(1, preReports.snapshot().size(), "one row");
    assertEquals(audited, auditLog.size(), "no audit event for a retry");
    assertEquals(1, auditLog.size(), "one audit event in all");
    assertEquals(1, keys.size());
  }

  @Test
  void withoutAKeyEveryCallCreates() {
    accepted(draft(sato, null));
    accepted(draft(sato, null));

    assertEquals(2, preReports.snapshot().size());
    assertEquals(0, keys.size());
  }

  @Test
  void theSameKeyOfAnotherAccountIsIndependent() {
    PreReport mine = accepted(draft(sato, "shared-key"));
    PreReport theirs = accepted(draft(suzuki, "shared-key"));

    assertNotEquals(mine.id(), theirs.id());
    assertEquals(2, preReports.snapshot().size());
    assertEquals(mine.id(), accepted(draft(sato, "shared-key")).id());
    assertEquals(theirs.id(), accepted(draft(suzuki, "shared-key")).id());
  }

  @Test
  void aRefusedCreateRemembersNothingSoARetryMaySucceed() {
    Result<PreReport> refused =
        draft(sato, "fix-and-retry", aPreReportForm().withTechnologies(1, 99).build());

    assertEquals(
        List.of(ErrorCode.UNKNOWN_TECHNOLOGY),
        refused.errors().stream().map(Rejection::code).toList());
    assertEquals(AuditOutcome.REJECTED, auditLog.last().entry().outcome());
    assertEquals(0, keys.size());

    PreReport created = accepted(draft(sato, "fix-and-retry"));
    assertEquals(created.id(), accepted(draft(sato, "fix-and-retry")).id());
    assertEquals(1, preReports.snapshot().size());
  }

  @Test
  void aKeyReusedForAnotherOperationIsRefusedAndRunsNothing() {
    PreReport first = accepted(draft(sato, "one-key"));
    int audited = auditLog.size();

    Result<PreReport> other =
        onceOnly.create(
            sato,
            "one-key",
            CreateOperation.REGISTER_PATENT_APPLICATION,
            () -> {
              throw new AssertionError("the create must not run");
            },
            report -> report.id().value(),
            id -> queries.find(sato, new CaseId(id)));

    refusedOnTheKey(other, ErrorCode.INVALID_VALUE);
    assertEquals(audited, auditLog.size());
    assertEquals(first.id(), accepted(draft(sato, "one-key")).id());
  }

  @Test
  void malformedKeysAreRefusedWithoutRunningTheCreate() {
    for (String key : List.of("", "x".repeat(101), "キー", "tab\there", "line\n", "del\u007f")) {
      refusedOnTheKey(draft(sato, key), ErrorCode.INVALID_VALUE);
    }
    assertEquals(0, preReports.snapshot().size());
    assertEquals(0, auditLog.size());

    accepted(draft(sato, "k".repeat(100)));
    accepted(draft(sato, " !~{}"));
    assertEquals(2, preReports.snapshot().size());
  }

  @Test
  void aKeyExpiresAfterTheRetentionAndMayThenBeUsedAgain() {
    PreReport first = accepted(draft(sato, "daily"));
    clock.advance(Duration.ofHours(24).minusSeconds(1));
    assertEquals(first.id(), accepted(draft(sato, "daily")).id(), "still within 24 h");

    clock.advance(Duration.ofSeconds(1));
    PreReport second = accepted(draft(sato, "daily"));

    assertNotEquals(first.id(), second.id());
    assertEquals(2, preReports.snapshot().size());
    assertEquals(second.id(), accepted(draft(sato, "daily")).id());
    assertEquals(1, keys.size());
  }

  @Test
  void purgingForgetsOnlyExpiredKeys() {
    accepted(draft(sato, "old"));
    clock.advance(Duration.ofHours(23));
    accepted(draft(sato, "young"));
    clock.advance(Duration.ofHours(2));

    assertEquals(1, onceOnly.purgeExpired());

    assertEquals(1, keys.size());
    assertTrue(keys.find(sato.userId(), "young").isPresent());
  }

  @Test
  void whatTheKeyCreatedIsReReadAsTheCallerMaySeeItNow() {
    PreReport first = accepted(draft(sato, "gone"));
    // The report is still there, but the caller's re-read (its visibility now) finds nothing.
    Result<PreReport> hidden =
        onceOnly.create(
            sato,
            "gone",
            CreateOperation.CREATE_PRE_REPORT_DRAFT,
            () -> {
              throw new AssertionError("the create must not run");
            },
            report -> report.id().value(),
            id -> Optional.empty());

    refusedOnTheKey(hidden, ErrorCode.NOT_FOUND);
    assertEquals(1, preReports.snapshot().size());
    assertTrue(queries.find(sato, first.id()).isPresent());
  }

  @Test
  void theLoserOfARaceAnswersTheWinnersResult() {
    // The winner committed its key after the loser looked: the loser's lookup saw nothing, its
    // create ran, and remembering its key failed its transaction.
    PreReport winner = accepted(draft(sato, "race"));
    IdempotencyKeys lateToSee = new LateToSee(keys);
    OnceOnly loser = new OnceOnly(lateToSee, unitOfWork, clock, Duration.ofHours(24));

    Result<PreReport> answer =
        loser.create(
            sato,
            "race",
            CreateOperation.CREATE_PRE_REPORT_DRAFT,
            () -> commands.createDraft(sato, aPreReportForm().build()),
            report -> report.id().value(),
            id -> queries.find(sato, new CaseId(id)));

    assertEquals(winner.id(), accepted(answer).id());
  }

  @Test
  void aLoserRefusedBecauseOfTheWinnersCreateAnswersTheWinnersResult() {
    // As two registrations of one application number on PostgreSQL: the loser's duplicate check
    // ran after the winner committed, so its create was refused; the winner's key is visible now.
    PreReport winner = accepted(draft(sato, "refused-race"));
    OnceOnly loser = new OnceOnly(new LateToSee(keys), unitOfWork, clock, Duration.ofHours(24));

    Result<PreReport> answer =
        loser.create(
            sato,
            "refused-race",
            CreateOperation.CREATE_PRE_REPORT_DRAFT,
            () ->
                Result.refused(
                    Optional.empty(),
                    List.of(Rejection.onField(ErrorCode.DUPLICATE, "number", "taken"))),
            report -> report.id().value(),
            id -> queries.find(sato, new CaseId(id)));

    assertEquals(winner.id(), accepted(answer).id());
  }

  @Test
  void aFailureThatIsNoLostRaceIsRethrown() {
    IllegalStateException broken = new IllegalStateException("disk full");

    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                onceOnly.create(
                    sato,
                    "doomed",
                    CreateOperation.CREATE_PRE_REPORT_DRAFT,
                    () -> {
                      throw broken;
                    },
                    (PreReport report) -> report.id().value(),
                    id -> queries.find(sato, new CaseId(id))));

    assertSame(broken, thrown);
    assertEquals(0, keys.size());
  }

  @Test
  void theRetentionMustBePositive() {
    assertThrows(
        IllegalArgumentException.class, () -> new OnceOnly(keys, unitOfWork, clock, Duration.ZERO));
  }

  /**
   * Answers nothing to the first lookup, as a transaction that began before the winner's commit.
   */
  private static final class LateToSee implements IdempotencyKeys {
    private final IdempotencyKeys store;
    private boolean looked;

    LateToSee(IdempotencyKeys store) {
      this.store = store;
    }

    @Override
    public Optional<RememberedCreate> find(UserId account, String key) {
      if (!looked) {
        looked = true;
        return Optional.empty();
      }
      return store.find(account, key);
    }

    @Override
    public void remember(UserId account, String key, RememberedCreate create) {
      store.remember(account, key, create);
    }

    @Override
    public void forget(UserId account, String key) {
      store.forget(account, key);
    }

    @Override
    public int forgetBefore(java.time.Instant cutoff) {
      return store.forgetBefore(cutoff);
    }
  }
}
