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
import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.notification.NotificationDraft;
import dev.taiwa.cases.notification.NotificationKind;
import dev.taiwa.cases.notification.NotificationOutbox;
import dev.taiwa.cases.notification.Recipient;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.port.PreReports;
import dev.taiwa.cases.screening.matching.NameMatching;
import dev.taiwa.cases.screening.model.FalsePositiveCarryOver;
import dev.taiwa.cases.screening.model.HitToStore;
import dev.taiwa.cases.screening.model.ListVersion;
import dev.taiwa.cases.screening.model.ListVersionId;
import dev.taiwa.cases.screening.model.OpenCase;
import dev.taiwa.cases.screening.model.RescreenRun;
import dev.taiwa.cases.screening.model.ScreeningHit;
import dev.taiwa.cases.screening.model.ScreeningTrigger;
import dev.taiwa.cases.screening.port.CaseScreenings;
import dev.taiwa.cases.screening.port.ListVersions;
import dev.taiwa.cases.screening.port.OpenCases;
import dev.taiwa.cases.screening.port.RescreenRuns;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Re-screening every open filed pre-report against a newly imported list version, in the background
 * (never in the import's transaction). Cases are read in batches by id; each case's counterparty is
 * matched in memory against the version's entries (their folded names are cached by {@link
 * NameMatching}); a case with hits not stored before is one command of the system actor through the
 * {@link CommandPipeline}: its hits (trigger LIST_VERSION_IMPORTED), the notification to its case
 * officer (or every dialogue officer while it has none) and its COUNTERPARTY_SCREENED audit event
 * in one transaction. After each batch the run's cursor and counts are committed, so a run that
 * stops resumes behind its last batch; a case whose hits of the version are stored already is not
 * recorded again. The finished run is audited LIST_RESCREENED with its counts. The caller runs one
 * run at a time across nodes (the job's lease).
 */
public final class ListRescreen {
  /** The actor re-screening acts as: no person, no role, no organisation's member. */
  public static final Actor SYSTEM =
      new Actor(
          new UserId(UUID.fromString("00000000-0000-0000-0000-00000000e003")),
          "system:list-rescreen",
          new OrganisationId(UUID.fromString("00000000-0000-0000-0000-00000000e003")),
          Set.of());

  /** Told after each batch how far the run is. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (screened, total) -> {};

    void advanced(int screened, int total);
  }

  private final ListVersions versions;
  private final RescreenRuns runs;
  private final OpenCases open;
  private final CaseScreenings stored;
  private final NameMatching matching;
  private final NotificationOutbox outbox;
  private final UnitOfWork unitOfWork;
  private final CommandPipeline pipeline;
  private final Clock clock;
  private final Target<CaseId, PreReport> reports;
  private final int batch;

  public ListRescreen(
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
      int batch) {
    if (batch < 1) {
      throw new IllegalArgumentException("a batch holds at least one case");
    }
    this.versions = versions;
    this.runs = runs;
    this.open = open;
    this.stored = stored;
    this.matching = matching;
    this.outbox = outbox;
    this.unitOfWork = unitOfWork;
    this.pipeline = new CommandPipeline(auditLog, unitOfWork, clock);
    this.clock = clock;
    this.batch = batch;
    this.reports =
        new SimpleTarget<>(
            "pre-report",
            preReports::find,
            (actor, report) -> actor.equals(SYSTEM),
            (actor, report) -> Set.<Role>of(),
            PreReport::id,
            PreReport::version);
  }

  /** The runs not finished yet, oldest import first. */
  public List<RescreenRun> unfinished() {
    return runs.unfinished();
  }

  /** The run of each of {@code ids} that has one. */
  public Map<ListVersionId, RescreenRun> of(Collection<ListVersionId> ids) {
    return runs.of(ids);
  }

  public Optional<RescreenRun> of(ListVersionId id) {
    return runs.find(id);
  }

  /**
   * Runs the re-screening against {@code id} from where it stands until every open case is
   * screened, and answers the finished run (a finished run is answered as it is).
   */
  public RescreenRun run(ListVersionId id, Progress progress) {
    RescreenRun run =
        runs.find(id).orElseThrow(() -> new IllegalArgumentException("no re-screening of " + id));
    if (run.finished()) {
      return run;
    }
    ListVersion version =
        versions.find(id).orElseThrow(() -> new IllegalStateException("no list version " + id));
    if (run.state() == RescreenRun.State.PENDING) {
      int total = unitOfWork.readOnly(open::count);
      unitOfWork.inTransaction(
          () -> {
            runs.start(id, total, clock.instant());
            return null;
          });
      run = runs.find(id).orElseThrow();
    }
    int total = run.total() == null ? 0 : run.total();
    NameMatching.Prepared prepared = null; // folded at the first batch: none without open cases
    String cursor = run.afterCase();
    int screened = run.screened();
    progress.advanced(screened, total);
    while (true) {
      String after = cursor;
      List<OpenCase> cases = unitOfWork.readOnly(() -> open.after(after, batch));
      if (cases.isEmpty()) {
        break;
      }
      if (prepared == null) {
        prepared = matching.prepare(version);
      }
      Map<OpenCase, List<ScreeningHit>> found = new LinkedHashMap<>();
      for (OpenCase c : cases) {
        List<ScreeningHit> hits = prepared.screen(c.subject());
        if (!hits.isEmpty()) {
          found.put(c, hits);
        }
      }
      cursor = cases.get(cases.size() - 1).id().toString();
      String moved = cursor;
      // The batch's cases with hits and the cursor behind them commit together: a run that stops
      // resumes behind its last committed batch and records no case twice.
      unitOfWork.inTransaction(
          () -> {
            int[] added = recordBatch(id, version, found);
            runs.advance(id, moved, cases.size(), added[0], added[1]);
            return added;
          });
      screened += cases.size();
      progress.advanced(screened, Math.max(total, screened));
    }
    return finish(id, version);
  }

  /**
   * Records each case of {@code found} whose hits of the version are not stored yet (each its own
   * command); answers the number of cases with new hits and of new hits.
   */
  private int[] recordBatch(
      ListVersionId id, ListVersion version, Map<OpenCase, List<ScreeningHit>> found) {
    int[] added = {0, 0};
    if (found.isEmpty()) {
      return added;
    }
    Set<CaseId> recordedBefore =
        stored.casesWithHitsOf(id, found.keySet().stream().map(OpenCase::id).toList());
    for (Map.Entry<OpenCase, List<ScreeningHit>> e : found.entrySet()) {
      if (recordedBefore.contains(e.getKey().id())) {
        continue;
      }
      int hits = record(e.getKey(), e.getValue(), version);
      if (hits > 0) {
        added[0]++;
        added[1] += hits;
      }
    }
    return added;
  }

  /** Stores one case's new hits and tells its officer, audited; answers how many were new. */
  private int record(OpenCase c, List<ScreeningHit> hits, ListVersion version) {
    Result<Integer> result =
        pipeline.run(
            SYSTEM,
            reports,
            c.id(),
            Command.<PreReport, Integer>named(AuditAction.COUNTERPARTY_SCREENED)
                .about(report -> "pre-report " + report.reference())
                .table(
                    (report, roles) ->
                        report.state() == PreReportState.DRAFT || !report.state().isOpen()
                            ? Optional.of(
                                Rejection.of(
                                    ErrorCode.INVALID_STATE,
                                    "The case is no longer open; it is not re-screened."))
                            : Optional.empty())
                .does(
                    (report, roles) -> {
                      Instant at = clock.instant();
                      return Step.writing(
                          new Recorded(
                              report.id(),
                              AuditAction.COUNTERPARTY_SCREENED,
                              ScreeningTrigger.LIST_VERSION_IMPORTED
                                  + ": "
                                  + hits.size()
                                  + " hit(s) in "
                                  + version.source()
                                  + " version "
                                  + version.id(),
                              at),
                          () -> {
                            List<HitToStore> toStore =
                                FalsePositiveCarryOver.apply(hits, stored.ofCase(report.id()));
                            int added =
                                stored.record(
                                    report.id(),
                                    toStore,
                                    ScreeningTrigger.LIST_VERSION_IMPORTED,
                                    at);
                            // Hits that are all carried false positives wait for no one.
                            if (added > 0
                                && toStore.stream().anyMatch(h -> h.disposition() == null)) {
                              outbox.publish(
                                  new NotificationDraft(
                                      NotificationKind.SCREENING_HITS_FOUND,
                                      report.id(),
                                      CaseKind.PRE_REPORT,
                                      report.reference().value(),
                                      c.caseOfficer()
                                          .<Recipient>map(Recipient.User::new)
                                          .orElse(
                                              new Recipient.EveryoneWithRole(
                                                  Role.DIALOGUE_OFFICER)),
                                      Optional.empty()),
                                  at);
                            }
                            return added;
                          });
                    }));
    return result.value().orElse(0);
  }

  private RescreenRun finish(ListVersionId id, ListVersion version) {
    RescreenRun run = runs.find(id).orElseThrow();
    Instant at = clock.instant();
    String summary =
        "Re-screened "
            + run.screened()
            + " open case(s) against "
            + version.source()
            + " version "
            + id
            + " published "
            + version.publishedOn()
            + ": "
            + run.newHits()
            + " new hit(s) on "
            + run.casesWithNewHits()
            + " case(s)";
    pipeline.create(
        SYSTEM,
        null,
        Command.<Actor, RescreenRun>named(AuditAction.LIST_RESCREENED)
            .does(
                (actor, roles) ->
                    Step.accepted(
                        run,
                        new Recorded(null, AuditAction.LIST_RESCREENED, summary, at),
                        () -> runs.finish(id, at))));
    return runs.find(id).orElseThrow();
  }
}
