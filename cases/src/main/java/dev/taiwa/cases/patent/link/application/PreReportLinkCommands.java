package dev.taiwa.cases.patent.link.application;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.command.Command;
import dev.taiwa.cases.command.CommandPipeline;
import dev.taiwa.cases.command.Step;
import dev.taiwa.cases.command.Target;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.StorableText;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.patent.link.access.LinkAccessPolicy;
import dev.taiwa.cases.patent.link.model.LinkEvent;
import dev.taiwa.cases.patent.link.model.PreReportLink;
import dev.taiwa.cases.patent.link.port.PreReportLinks;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.prereport.application.PreReportQueries;
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
  private final Clock clock;
  private final CommandPipeline pipeline;
  private final Target<CaseId, PatentApplication> target;
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
    this.clock = clock;
    this.pipeline = new CommandPipeline(auditLog, unitOfWork, clock);
    this.target = applications.target().narrowed("applicationId", (a, application) -> true);
  }

  /** Links the two cases with a note on the shared technology. */
  public Result<PreReportLink> link(
      Actor actor, CaseId applicationId, Long expectedVersion, CaseId preReportId, String note) {
    Instant now = clock.instant();
    return pipeline.run(
        actor,
        target,
        applicationId,
        Command.<PatentApplication, PreReportLink>named(AuditAction.PATENT_PRE_REPORT_LINKED)
            .expecting(expectedVersion)
            .table((application, roles) -> reportNotFound(actor, preReportId))
            .table(
                (application, roles) ->
                    access.mayLink(actor)
                        ? Optional.empty()
                        : Optional.of(
                            Rejection.of(
                                ErrorCode.FORBIDDEN, "Only the applicant's filer links its cases")))
            .table(
                (application, roles) ->
                    application.appliedBy(
                            preReports.find(actor, preReportId).orElseThrow().organisationId())
                        ? Optional.empty()
                        : Optional.of(
                            Rejection.onField(
                                ErrorCode.INVALID_VALUE, "preReportId", "出願人と同じ組織の事前報告のみ連携できます")))
            .policy(application -> noteProblems(note))
            .policy(
                application ->
                    links.find(applicationId, preReportId).isPresent()
                        ? List.of(
                            Rejection.onField(ErrorCode.DUPLICATE, "preReportId", "既に連携されています"))
                        : List.of())
            .does(
                (application, roles) -> {
                  PreReportLink link =
                      new PreReportLink(
                          applicationId, preReportId, note.strip(), now, actor.userId());
                  return Step.accepted(
                      link,
                      List.of(
                          new LinkEvent.Linked(applicationId, preReportId, now),
                          new LinkEvent.Linked(preReportId, applicationId, now)),
                      () -> links.insert(link));
                }));
  }

  /** Removes the link; NOT_FOUND when there is none the caller may see. */
  public Result<PreReportLink> unlink(
      Actor actor, CaseId applicationId, Long expectedVersion, CaseId preReportId) {
    Instant now = clock.instant();
    return pipeline.run(
        actor,
        target,
        applicationId,
        Command.<PatentApplication, PreReportLink>named(AuditAction.PATENT_PRE_REPORT_UNLINKED)
            .expecting(expectedVersion)
            .table(
                (application, roles) ->
                    reportNotFound(actor, preReportId)
                        .or(
                            () ->
                                links.find(applicationId, preReportId).isPresent()
                                    ? Optional.empty()
                                    : Optional.of(
                                        Rejection.of(ErrorCode.NOT_FOUND, "No such link"))))
            .table(
                (application, roles) ->
                    access.mayLink(actor)
                        ? Optional.empty()
                        : Optional.of(
                            Rejection.of(
                                ErrorCode.FORBIDDEN,
                                "Only the applicant's filer unlinks its cases")))
            .does(
                (application, roles) ->
                    Step.accepted(
                        links.find(applicationId, preReportId).orElseThrow(),
                        List.of(
                            new LinkEvent.Unlinked(applicationId, preReportId, now),
                            new LinkEvent.Unlinked(preReportId, applicationId, now)),
                        () -> links.delete(applicationId, preReportId))));
  }

  /** The pre-report named by the command must be one the caller may see. */
  private Optional<Rejection> reportNotFound(Actor actor, CaseId preReportId) {
    return preReports.find(actor, preReportId).isPresent()
        ? Optional.empty()
        : Optional.of(Rejection.onField(ErrorCode.NOT_FOUND, "preReportId", "No such pre-report."));
  }

  private static List<Rejection> noteProblems(String note) {
    if (note == null || note.isBlank()) {
      return List.of(Rejection.onField(ErrorCode.REQUIRED, "note", "共通する技術を記入してください"));
    }
    return note.strip().length() > MAX_NOTE
        ? List.of(Rejection.onField(ErrorCode.INVALID_VALUE, "note", MAX_NOTE + "文字以内で入力してください"))
        : StorableText.problem("note", note).map(List::of).orElse(List.of());
  }
}
