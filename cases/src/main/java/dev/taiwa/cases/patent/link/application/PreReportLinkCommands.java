package dev.taiwa.cases.patent.link.application;

import dev.taiwa.cases.access.LinkAccessPolicy;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.patent.application.PatentApplicationView;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.patent.link.model.LinkEvent;
import dev.taiwa.cases.patent.link.model.PreReportLink;
import dev.taiwa.cases.patent.link.port.PreReportLinks;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.prereport.application.PreReportQueries;
import dev.taiwa.cases.prereport.model.PreReport;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Linking a patent application to a pre-report of the same applicant organisation (same
 * technology), and unlinking. Only a caller who sees both cases and whose roles may link ({@link
 * LinkAccessPolicy}) does it; either case hidden is NOT_FOUND. Each change is audited on both cases
 * in one transaction; a refusal once, on the application.
 */
public final class PreReportLinkCommands {
  static final int MAX_NOTE = 2000;

  private final PreReportLinks links;
  private final PreReportQueries preReports;
  private final PatentQueries applications;
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final LinkAccessPolicy access = new LinkAccessPolicy();

  public PreReportLinkCommands(
      PreReportLinks links,
      PreReportQueries preReports,
      PatentQueries applications,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.links = links;
    this.preReports = preReports;
    this.applications = applications;
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** Links the two cases with a note on the shared technology. */
  public Result<PreReportLink> link(
      Actor actor, CaseId applicationId, CaseId preReportId, String note) {
    Instant now = clock.instant();
    Optional<PatentApplication> application = application(actor, applicationId);
    Optional<PreReport> report = preReports.find(actor, preReportId);
    if (application.isEmpty() || report.isEmpty()) {
      return refuse(actor, applicationId, LinkEvent.Linked.TYPE, notFound(application, report));
    }
    if (!access.mayLink(actor)) {
      return refuse(
          actor,
          applicationId,
          LinkEvent.Linked.TYPE,
          List.of(Rejection.of(ErrorCode.FORBIDDEN, "Only the applicant's filer links its cases")));
    }
    if (!application.get().appliedBy(report.get().organisationId())) {
      return refuse(
          actor,
          applicationId,
          LinkEvent.Linked.TYPE,
          List.of(
              Rejection.onField(ErrorCode.INVALID_VALUE, "preReportId", "出願人と同じ組織の事前報告のみ連携できます")));
    }
    if (note == null || note.isBlank() || note.strip().length() > MAX_NOTE) {
      return refuse(
          actor,
          applicationId,
          LinkEvent.Linked.TYPE,
          List.of(
              note == null || note.isBlank()
                  ? Rejection.onField(ErrorCode.REQUIRED, "note", "共通する技術を記入してください")
                  : Rejection.onField(
                      ErrorCode.INVALID_VALUE, "note", MAX_NOTE + "文字以内で入力してください")));
    }
    if (links.find(applicationId, preReportId).isPresent()) {
      return refuse(
          actor,
          applicationId,
          LinkEvent.Linked.TYPE,
          List.of(Rejection.onField(ErrorCode.DUPLICATE, "preReportId", "既に連携されています")));
    }
    PreReportLink link =
        new PreReportLink(applicationId, preReportId, note.strip(), now, actor.userId());
    unitOfWork.inTransaction(
        () -> {
          links.insert(link);
          auditLog.append(
              AuditEntry.accepted(actor, new LinkEvent.Linked(applicationId, preReportId, now)));
          auditLog.append(
              AuditEntry.accepted(actor, new LinkEvent.Linked(preReportId, applicationId, now)));
          return link;
        });
    return Result.ok(link);
  }

  /** Removes the link; NOT_FOUND when there is none the caller may see. */
  public Result<PreReportLink> unlink(Actor actor, CaseId applicationId, CaseId preReportId) {
    Instant now = clock.instant();
    Optional<PatentApplication> application = application(actor, applicationId);
    Optional<PreReport> report = preReports.find(actor, preReportId);
    Optional<PreReportLink> existing =
        application.isPresent() && report.isPresent()
            ? links.find(applicationId, preReportId)
            : Optional.empty();
    if (existing.isEmpty()) {
      return refuse(
          actor,
          applicationId,
          LinkEvent.Unlinked.TYPE,
          List.of(Rejection.of(ErrorCode.NOT_FOUND, "No such link")));
    }
    if (!access.mayLink(actor)) {
      return refuse(
          actor,
          applicationId,
          LinkEvent.Unlinked.TYPE,
          List.of(
              Rejection.of(ErrorCode.FORBIDDEN, "Only the applicant's filer unlinks its cases")));
    }
    unitOfWork.inTransaction(
        () -> {
          links.delete(applicationId, preReportId);
          auditLog.append(
              AuditEntry.accepted(actor, new LinkEvent.Unlinked(applicationId, preReportId, now)));
          auditLog.append(
              AuditEntry.accepted(actor, new LinkEvent.Unlinked(preReportId, applicationId, now)));
          return existing.get();
        });
    return Result.ok(existing.get());
  }

  private Optional<PatentApplication> application(Actor actor, CaseId id) {
    return applications.find(actor, id, false).map(PatentApplicationView::application);
  }

  private static List<Rejection> notFound(
      Optional<PatentApplication> application, Optional<PreReport> report) {
    return application.isEmpty()
        ? List.of(Rejection.onField(ErrorCode.NOT_FOUND, "applicationId", "No such application"))
        : List.of(Rejection.onField(ErrorCode.NOT_FOUND, "preReportId", "No such pre-report"));
  }

  private Result<PreReportLink> refuse(
      Actor actor, CaseId caseId, String action, List<Rejection> rejections) {
    AuditEntry entry = AuditEntry.refused(actor, caseId, action, rejections, clock.instant());
    unitOfWork.inTransaction(() -> auditLog.append(entry));
    return Result.refused(Optional.empty(), rejections);
  }
}
