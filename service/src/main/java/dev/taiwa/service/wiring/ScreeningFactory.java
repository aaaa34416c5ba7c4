package dev.taiwa.service.wiring;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.notification.NotificationOutbox;
import dev.taiwa.cases.prereport.port.AfterSubmission;
import dev.taiwa.cases.prereport.port.PreReports;
import dev.taiwa.cases.screening.application.CaseScreeningCommands;
import dev.taiwa.cases.screening.application.CounterpartyScreening;
import dev.taiwa.cases.screening.application.ListRescreen;
import dev.taiwa.cases.screening.application.ScreeningListCommands;
import dev.taiwa.cases.screening.matching.NameMatching;
import dev.taiwa.cases.screening.model.ScreeningThreshold;
import dev.taiwa.cases.screening.model.ScreeningTrigger;
import dev.taiwa.cases.screening.port.CaseScreenings;
import dev.taiwa.cases.screening.port.ListFileReader;
import dev.taiwa.cases.screening.port.ListVersions;
import dev.taiwa.cases.screening.port.NameFolding;
import dev.taiwa.cases.screening.port.OpenCases;
import dev.taiwa.cases.screening.port.RescreenRuns;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The screening use cases: list imports and counterparty screening (issue 18). */
@Factory
class ScreeningFactory {
  private static final Logger LOG = LoggerFactory.getLogger(ScreeningFactory.class);

  /** Rule {@code screening.matchThreshold} ({@code taiwa.rules.screening.match-threshold}). */
  @Singleton
  NameMatching nameMatching(
      NameFolding folding,
      @Value("${taiwa.rules.screening.match-threshold:0.93}") double threshold) {
    return new NameMatching(folding, new ScreeningThreshold(threshold));
  }

  @Singleton
  ScreeningListCommands screeningListCommands(
      ListVersions versions,
      RescreenRuns rescreens,
      ListFileReader reader,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new ScreeningListCommands(versions, rescreens, reader, auditLog, unitOfWork, clock);
  }

  /**
   * Re-screening the open cases against a new list version, {@code
   * taiwa.screening.rescreen.batch-size} cases per read (default 500).
   */
  @Singleton
  ListRescreen listRescreen(
      ListVersions versions,
      RescreenRuns runs,
      OpenCases open,
      CaseScreenings stored,
      PreReports preReports,
      NameMatching matching,
      NotificationOutbox outbox,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock,
      @Value("${taiwa.screening.rescreen.batch-size:500}") int batch) {
    return new ListRescreen(
        versions,
        runs,
        open,
        stored,
        preReports,
        matching,
        outbox,
        auditLog,
        unitOfWork,
        clock,
        batch);
  }

  @Singleton
  CaseScreeningCommands caseScreeningCommands(
      PreReports preReports,
      CaseScreenings stored,
      CounterpartyScreening screening,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new CaseScreeningCommands(preReports, stored, screening, auditLog, unitOfWork, clock);
  }

  /**
   * Screening on submission: the filer's submitted report is screened at once (its own transaction,
   * audited COUNTERPARTY_SCREENED). A failure is logged and never fails the submission, which is
   * stored already; officials can screen the case on demand.
   */
  @Singleton
  AfterSubmission screenOnSubmission(CaseScreeningCommands screenings, ListVersions versions) {
    return (actor, report) -> {
      if (versions.summaries().isEmpty()) {
        return; // no list imported yet: nothing to screen against, nothing to record
      }
      try {
        screenings.screen(actor, report.id(), ScreeningTrigger.SUBMISSION);
      } catch (RuntimeException e) {
        LOG.warn("screening of submitted pre-report {} failed", report.id(), e);
      }
    };
  }

  @Singleton
  CounterpartyScreening counterpartyScreening(ListVersions versions, NameMatching matching) {
    return new CounterpartyScreening(versions, matching);
  }
}
