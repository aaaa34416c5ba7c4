package dev.taiwa.cases.prereport.application;

import static dev.taiwa.cases.prereport.model.PreReportFormFixture.aPreReportForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.InMemoryAuditLog;
import dev.taiwa.cases.catalogue.FixedTechnologyRevisions;
import dev.taiwa.cases.deadline.AdministrativeCalendar;
import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.InMemoryTrackedDeadlines;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.PassThroughUnitOfWork;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.TestClock;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportForm;
import dev.taiwa.cases.prereport.model.PreReportRules;
import dev.taiwa.cases.prereport.port.InMemoryOutcomes;
import dev.taiwa.cases.prereport.port.InMemoryPreReports;
import dev.taiwa.cases.prereport.port.InMemoryReferenceNumbers;

/** The pre-report use cases wired to in-memory ports and a test clock, with shortcuts to states. */
final class PreReportWorld {
  final TestClock clock;
  final InMemoryPreReports preReports = new InMemoryPreReports();
  final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  final PassThroughUnitOfWork unitOfWork = new PassThroughUnitOfWork();
  final InMemoryTrackedDeadlines deadlines = new InMemoryTrackedDeadlines();
  final InMemoryOutcomes outcomes = new InMemoryOutcomes();
  final DeadlineLedger ledger;
  final PreReportCommands commands;
  final PreReportQueries queries = new PreReportQueries(preReports);

  PreReportWorld() {
    this(TestClock.atNow());
  }

  PreReportWorld(TestClock clock) {
    this.clock = clock;
    this.ledger =
        new DeadlineLedger(
            deadlines, DeadlineRules.defaults(), AdministrativeCalendar.standard(), clock);
    this.commands =
        new PreReportCommands(
            preReports,
            new InMemoryReferenceNumbers(),
            new FixedTechnologyRevisions(),
            auditLog,
            unitOfWork,
            clock,
            PreReportRules.defaults(),
            new StageTargets(ledger),
            outcomes);
  }

  PreReport draftBy(Actor filer) {
    return draftBy(filer, aPreReportForm().build());
  }

  PreReport draftBy(Actor filer, PreReportForm form) {
    return accepted(commands.createDraft(filer, form));
  }

  PreReport submittedBy(Actor filer) {
    return accepted(commands.submit(filer, draftBy(filer).id(), null));
  }

  PreReport underReview(Actor filer, Actor officer) {
    return accepted(commands.startReview(officer, submittedBy(filer).id(), null));
  }

  PreReport withdrawnBy(Actor filer) {
    return accepted(commands.withdraw(filer, draftBy(filer).id(), null, "Deal abandoned"));
  }

  static PreReport accepted(Result<PreReport> result) {
    assertTrue(result.accepted(), () -> "expected acceptance, got " + result.errors());
    assertEquals(1, result.value().stream().count());
    return result.value().orElseThrow();
  }
}
