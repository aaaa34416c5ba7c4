package dev.taiwa.cases.patent.application;

import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditedReads;
import dev.taiwa.cases.deadline.Deadline;
import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.DeadlineStatus;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.TrackedDeadline;
import dev.taiwa.cases.deadline.tracking.TrackedStatus;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.patent.access.PatentAccessPolicy;
import dev.taiwa.cases.patent.model.DesignationTerm;
import dev.taiwa.cases.patent.model.ForeignFilingGate;
import dev.taiwa.cases.patent.model.ForeignFilingGatePolicy;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.model.ReviewRecord;
import dev.taiwa.cases.patent.port.PatentApplications;
import dev.taiwa.cases.patent.port.PatentFilter;
import dev.taiwa.cases.patent.port.PatentReviewRecords;
import dev.taiwa.cases.patent.port.PatentScope;
import dev.taiwa.cases.secrecy.Secrecy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads of review and designation: the records (need-to-know, each read audited as
 * SECRET_CONTENT_READ; consultations never shown to the applicant), the deadlines on the ledger,
 * the designation term, the foreign-filing gate, and an examiner's screening queue. The callers
 * pass an application they were allowed to see.
 */
public final class PatentReviewQueries {

  private final PatentApplications applications;
  private final PatentReviewRecords records;
  private final DeadlineLedger ledger;
  private final AuditedReads reads;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final SecretReads secretReads;
  private final ForeignFilingGatePolicy gatePolicy;
  private final PatentAccessPolicy access = new PatentAccessPolicy();
  private final Secrecy secrecy = new Secrecy();

  public PatentReviewQueries(
      PatentApplications applications,
      PatentReviewRecords records,
      DeadlineLedger ledger,
      AccessGrantQueries grants,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock,
      boolean decisionTargetEndsBan) {
    this.applications = applications;
    this.records = records;
    this.ledger = ledger;
    this.reads = new AuditedReads(unitOfWork, auditLog);
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.secretReads = new SecretReads(grants, clock);
    this.gatePolicy =
        new ForeignFilingGatePolicy(ledger.rules(), ledger.calendar(), decisionTargetEndsBan);
  }

  /**
   * The review records the caller may read: need-to-know readers only, whatever the state (a record
   * about the application is shown only with all of it, {@link Secrecy#showsRecordsOf}); records
   * internal to the reviewing office only to that office's roles, never through the applicant's
   * need-to-know or a grant ({@link Secrecy#showsInternalRecords}). A read that returns records is
   * audited: the records reach the caller only once its SECRET_CONTENT_READ is stored ({@link
   * AuditedReads}).
   */
  public List<ReviewRecord> records(Actor actor, PatentApplication application) {
    return reads.read(
        audit -> {
          if (!secretReads.mayRead(actor, application)) {
            return List.of();
          }
          boolean internalShown =
              secrecy.showsInternalRecords(actor, PatentAccessPolicy.REVIEWING_OFFICE);
          List<ReviewRecord> shown =
              records.ofCase(application.id()).stream()
                  .filter(r -> internalShown || !r.kind().internal())
                  .toList();
          if (!shown.isEmpty()) {
            audit.accept(recordsRead(actor, application));
          }
          return shown;
        });
  }

  /**
   * The review reads of one request over many applications, which share one batched read of their
   * records ({@link PatentReviewReads}).
   */
  public PatentReviewReads requestReads() {
    return new PatentReviewReads(this, records);
  }

  /**
   * {@link #records(Actor, PatentApplication)} for many applications whose records were read: the
   * same decision for each, and one SECRET_CONTENT_READ per application whose records are returned,
   * all stored in one short write before anything is returned ({@link AuditedReads}).
   */
  Map<CaseId, List<ReviewRecord>> shownRecords(
      Actor actor, Map<PatentApplication, List<ReviewRecord>> recorded) {
    return reads.read(
        audit -> {
          boolean internalShown =
              secrecy.showsInternalRecords(actor, PatentAccessPolicy.REVIEWING_OFFICE);
          Map<CaseId, List<ReviewRecord>> shown = new LinkedHashMap<>();
          java.util.function.Predicate<PatentApplication> mayRead = secretReads.reader(actor);
          recorded.forEach(
              (application, all) -> {
                if (!mayRead.test(application)) {
                  shown.put(application.id(), List.of());
                  return;
                }
                List<ReviewRecord> visible =
                    all.stream().filter(r -> internalShown || !r.kind().internal()).toList();
                shown.put(application.id(), visible);
                if (!visible.isEmpty()) {
                  audit.accept(recordsRead(actor, application));
                }
              });
          return shown;
        });
  }

  /** The audit entry of a read that returned review records of {@code application}. */
  private AuditEntry recordsRead(Actor actor, PatentApplication application) {
    return AuditEntry.accepted(
        actor,
        application.id(),
        AuditAction.SECRET_CONTENT_READ,
        "Read the review records of application " + application.number(),
        clock.instant());
  }

  /** The foreign-filing gate today, from the application's records. */
  ForeignFilingGate gateOf(PatentApplication application, List<ReviewRecord> recorded) {
    return gatePolicy.gateOf(application, recorded, ledger.today());
  }

  /** The deadlines of each application, as {@link #deadlines(PatentApplication)}: one read. */
  public Map<CaseId, List<PatentTrackDeadline>> deadlines(
      Collection<PatentApplication> applications) {
    return unitOfWork.inTransaction(
        () -> {
          Map<CaseId, List<TrackedDeadline>> tracked =
              ledger.ofCases(applications.stream().map(PatentApplication::id).toList());
          Map<CaseId, List<PatentTrackDeadline>> shown = new LinkedHashMap<>();
          for (PatentApplication application : applications) {
            shown.put(
                application.id(),
                tracked.getOrDefault(application.id(), List.of()).stream()
                    .map(d -> shown(application, d))
                    .toList());
          }
          return shown;
        });
  }

  /** The designation term, or empty when never designated. */
  public Optional<DesignationTerm> designation(PatentApplication application) {
    return unitOfWork.readOnly(() -> DesignationTerm.of(records.ofCase(application.id())));
  }

  /** The foreign-filing gate today. */
  public ForeignFilingGate foreignFilingGate(PatentApplication application) {
    return unitOfWork.readOnly(
        () -> gatePolicy.gateOf(application, records.ofCase(application.id()), ledger.today()));
  }

  /** Every deadline the ledger holds for the application, computed as of today. */
  public List<PatentTrackDeadline> deadlines(PatentApplication application) {
    return unitOfWork.readOnly(
        () -> ledger.ofCase(application.id()).stream().map(d -> shown(application, d)).toList());
  }

  /**
   * An examiner's screening queue: applications under screening with their screening deadline,
   * earliest due first; {@code overdueOnly} keeps those past due. Empty for other roles.
   */
  public List<PatentApplication> screeningQueue(Actor actor, boolean overdueOnly) {
    if (!access.canRegister(actor)) {
      return List.of();
    }
    return unitOfWork.readOnly(
        () -> {
          List<PatentApplication> queue = new ArrayList<>();
          PageRequest.Position after = null;
          PatentFilter underScreening = new PatentFilter(Set.of(PatentState.UNDER_SCREENING), null);
          while (true) {
            Page<PatentApplication> page =
                applications.search(
                    new PatentScope(null, true),
                    underScreening,
                    new PageRequest(PageRequest.MAX_PAGE_SIZE, after, false));
            for (PatentApplication application : page.items()) {
              boolean overdue =
                  ledger.ofCase(application.id()).stream()
                      .filter(d -> d.isOpen() && d.subject().equals(PatentDeadlines.SCREENING))
                      .anyMatch(
                          d -> ledger.compute(d).status(ledger.today()) == DeadlineStatus.OVERDUE);
              if (overdue || !overdueOnly) {
                queue.add(application);
              }
            }
            if (!page.hasNext() || page.items().isEmpty()) {
              break;
            }
            PatentApplication last = page.items().get(page.items().size() - 1);
            after = new PageRequest.Position(last.registeredAt(), last.id().value());
          }
          queue.sort(
              java.util.Comparator.comparing(
                      (PatentApplication a) -> a.screeningDue(),
                      java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                  .thenComparing(a -> a.number().value()));
          return queue;
        });
  }

  private PatentTrackDeadline shown(PatentApplication application, TrackedDeadline tracked) {
    Deadline deadline = ledger.compute(tracked);
    String en = deadline.explanation();
    String ja = deadline.explanationJa();
    if (tracked.subject().equals(PatentDeadlines.EXAMINATION_REQUEST)) {
      boolean fromFiling = tracked.ruleName().equals(DeadlineRules.EXAMINATION_REQUEST);
      en =
          "The later of filing + 3 years and 3 months after the designation ended (Patent Act Art."
              + " 48-3, ESPA Art. 82): "
              + (fromFiling ? "filing + 3 years. " : "3 months after the designation ended. ")
              + en;
      ja =
          "出願日から3年と保全指定の終了（解除の通知又は期間満了）から3月のいずれか遅い日（特許法第48条の3、経済安全保障推進法第82条）："
              + (fromFiling ? "出願日から3年。" : "保全指定の終了から3月。")
              + ja;
    }
    return new PatentTrackDeadline(
        tracked, deadline, TrackedStatus.of(tracked, deadline, ledger.today()), en, ja);
  }
}
