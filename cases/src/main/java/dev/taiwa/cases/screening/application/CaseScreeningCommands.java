package dev.taiwa.cases.screening.application;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.command.Command;
import dev.taiwa.cases.command.CommandPipeline;
import dev.taiwa.cases.command.Recorded;
import dev.taiwa.cases.command.SimpleTarget;
import dev.taiwa.cases.command.Step;
import dev.taiwa.cases.command.Target;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.prereport.application.PreReportTarget;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.port.PreReports;
import dev.taiwa.cases.screening.access.ScreeningAccessPolicy;
import dev.taiwa.cases.screening.model.Disposition;
import dev.taiwa.cases.screening.model.DispositionRules;
import dev.taiwa.cases.screening.model.FalsePositiveCarryOver;
import dev.taiwa.cases.screening.model.ScreeningHit;
import dev.taiwa.cases.screening.model.ScreeningSubject;
import dev.taiwa.cases.screening.model.ScreeningTrigger;
import dev.taiwa.cases.screening.model.StoredHit;
import dev.taiwa.cases.screening.model.Verdict;
import dev.taiwa.cases.screening.port.CaseScreenings;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Screening a filed pre-report's counterparty and storing the hits with their list version (on
 * submission, and on demand by a dialogue officer or the company's filer), and officials'
 * dispositions of those hits. Each runs through the {@link CommandPipeline}: COUNTERPARTY_SCREENED
 * and SCREENING_HIT_DISPOSED are audited on the case.
 */
public final class CaseScreeningCommands {
  private static final Rejection NOT_FILED =
      Rejection.of(ErrorCode.INVALID_STATE, "A draft is screened when it is submitted.");

  private final CaseScreenings stored;
  private final CounterpartyScreening screening;
  private final CommandPipeline pipeline;
  private final Target<CaseId, PreReport> reports;
  private final Target<String, StoredHit> hits;
  private final Clock clock;

  public CaseScreeningCommands(
      PreReports preReports,
      CaseScreenings stored,
      CounterpartyScreening screening,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.stored = stored;
    this.screening = screening;
    this.pipeline = new CommandPipeline(auditLog, unitOfWork, clock);
    this.reports = PreReportTarget.of(preReports);
    this.hits =
        new SimpleTarget<>(
            "screening hit",
            stored::find,
            (actor, hit) -> ScreeningAccessPolicy.mayDispose(actor.roles()),
            (actor, hit) -> actor.roles(),
            StoredHit::caseId,
            StoredHit::version);
    this.clock = clock;
  }

  /**
   * Screens the counterparty of a filed pre-report against the latest list versions and stores the
   * hits not stored before; answers the case's stored hits as the caller may see them.
   */
  public Result<List<StoredHit>> screen(Actor actor, CaseId caseId, ScreeningTrigger trigger) {
    return pipeline.run(
        actor,
        reports,
        caseId,
        Command.<PreReport, List<StoredHit>>named(AuditAction.COUNTERPARTY_SCREENED)
            .table((report, roles) -> mayScreen(roles))
            .table(
                (report, roles) ->
                    report.state() == PreReportState.DRAFT
                        ? Optional.of(NOT_FILED)
                        : Optional.empty())
            .does(
                (report, roles) -> {
                  ScreeningSubject subject =
                      new ScreeningSubject(
                          report.form().counterparty() == null
                              ? null
                              : report.form().counterparty().nameOriginal(),
                          report.form().counterparty() == null
                              ? null
                              : report.form().counterparty().nameRomanised());
                  List<ScreeningHit> found = screening.hits(subject);
                  return Step.writing(
                      new Recorded(
                          report.id(),
                          AuditAction.COUNTERPARTY_SCREENED,
                          trigger + ": " + found.size() + " hit(s)" + versions(found),
                          clock.instant()),
                      () -> {
                        stored.record(
                            report.id(),
                            FalsePositiveCarryOver.apply(found, stored.ofCase(report.id())),
                            trigger,
                            clock.instant());
                        return shown(actor, stored.ofCase(report.id()));
                      });
                }));
  }

  /** An official marks a stored hit a true match or a false positive, with the reason. */
  public Result<StoredHit> dispose(
      Actor actor, String hitId, Verdict verdict, String reason, Long expectedVersion) {
    return pipeline.run(
        actor,
        hits,
        hitId,
        Command.<StoredHit, StoredHit>named(AuditAction.SCREENING_HIT_DISPOSED)
            .expecting(expectedVersion)
            .showing(hit -> hit)
            .policy(hit -> DispositionRules.problems(verdict, reason))
            .does(
                (hit, roles) -> {
                  StoredHit disposed =
                      hit.disposedAs(
                          new Disposition(
                              verdict, reason.strip(), actor.username(), storedInstant()));
                  return Step.accepted(
                      disposed,
                      new Recorded(
                          hit.caseId(),
                          AuditAction.SCREENING_HIT_DISPOSED,
                          verdict
                              + " on entry "
                              + hit.hit().entry().ref()
                              + " of "
                              + hit.hit().source()
                              + " version "
                              + hit.hit().listVersion(),
                          clock.instant()),
                      () -> stored.dispose(disposed));
                }));
  }

  /**
   * The stored hits of {@code report} (which the caller may see) as the caller may see them:
   * officials with dispositions, the company's filers the published matches only.
   */
  public List<StoredHit> ofPreReport(Actor actor, PreReport report) {
    return shown(actor, stored.ofCase(report.id()));
  }

  /** {@link #ofPreReport} for a batch of reports the caller may see. */
  public java.util.Map<CaseId, List<StoredHit>> ofPreReports(
      Actor actor, java.util.Collection<CaseId> caseIds) {
    java.util.Map<CaseId, List<StoredHit>> all = stored.ofCases(caseIds);
    java.util.Map<CaseId, List<StoredHit>> shown = new java.util.HashMap<>();
    all.forEach((id, list) -> shown.put(id, shown(actor, list)));
    return shown;
  }

  private static List<StoredHit> shown(Actor actor, List<StoredHit> hits) {
    return ScreeningAccessPolicy.mayDispose(actor.roles())
        ? hits
        : hits.stream().map(StoredHit::withoutDisposition).toList();
  }

  private static Optional<Rejection> mayScreen(Set<Role> roles) {
    return ScreeningAccessPolicy.mayScreen(roles)
        ? Optional.empty()
        : Optional.of(
            Rejection.of(ErrorCode.FORBIDDEN, "Only officials and the company screen a case."));
  }

  private static String versions(List<ScreeningHit> found) {
    return found.isEmpty()
        ? ""
        : " in version(s) "
            + found.stream()
                .map(h -> h.listVersion().value())
                .distinct()
                .sorted()
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
  }

  /** Now, to the millisecond the store keeps: the answer shows the time a later read shows. */
  private java.time.Instant storedInstant() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }
}
