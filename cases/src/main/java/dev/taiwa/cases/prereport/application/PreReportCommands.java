package dev.taiwa.cases.prereport.application;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.catalogue.TechnologyRevisions;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportForm;
import dev.taiwa.cases.prereport.model.PreReportRules;
import dev.taiwa.cases.prereport.port.PreReports;
import dev.taiwa.cases.prereport.port.ReferenceNumbers;
import java.time.Clock;

/**
 * The pre-report use cases that change a case. Each runs in one transaction: the case change and
 * its audit event are written together; a refused command writes only a REJECTED audit event.
 */
public final class PreReportCommands {
  private final PreReports preReports;
  private final ReferenceNumbers referenceNumbers;
  private final TechnologyRevisions technologyRevisions;
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final PreReportRules rules;

  public PreReportCommands(
      PreReports preReports,
      ReferenceNumbers referenceNumbers,
      TechnologyRevisions technologyRevisions,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock,
      PreReportRules rules) {
    this.preReports = preReports;
    this.referenceNumbers = referenceNumbers;
    this.technologyRevisions = technologyRevisions;
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.rules = rules;
  }

  /** A filer starts a draft for its own organisation; the form may be incomplete. */
  public Result<PreReport> createDraft(Actor actor, PreReportForm form) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** A filer replaces the form of its organisation's draft. */
  public Result<PreReport> updateDraft(
      Actor actor, CaseId id, long expectedVersion, PreReportForm form) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** A filer submits a complete draft; the lead-time rule is assessed on the filing date. */
  public Result<PreReport> submit(Actor actor, CaseId id) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** A dialogue officer takes a submitted report into review. */
  public Result<PreReport> startReview(Actor actor, CaseId id) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** A filer withdraws (the deal is abandoned) from any open state, giving a reason. */
  public Result<PreReport> withdraw(Actor actor, CaseId id, String reason) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
