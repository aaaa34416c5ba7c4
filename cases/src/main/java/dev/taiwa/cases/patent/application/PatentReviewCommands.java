package dev.taiwa.cases.patent.application;

import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.command.Command;
import dev.taiwa.cases.command.Step;
import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.PeriodStart;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.Obligor;
import dev.taiwa.cases.deadline.tracking.TrackedDeadline;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.Bilingual;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.StorableText;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.notification.NotificationKind;
import dev.taiwa.cases.notification.NotificationOutbox;
import dev.taiwa.cases.patent.access.PatentAccessPolicy;
import dev.taiwa.cases.patent.model.DesignationPeriodCap;
import dev.taiwa.cases.patent.model.DesignationTerm;
import dev.taiwa.cases.patent.model.DismissalAfterReplyPeriod;
import dev.taiwa.cases.patent.model.LiftingNoticeDate;
import dev.taiwa.cases.patent.model.PatentAction;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.PatentReviewEvent;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.model.ReviewRecord;
import dev.taiwa.cases.patent.model.ReviewRecordKind;
import dev.taiwa.cases.patent.model.ReviewRecordPolicy;
import dev.taiwa.cases.patent.model.SharingBusiness;
import dev.taiwa.cases.patent.port.PatentApplications;
import dev.taiwa.cases.patent.port.PatentReviewRecords;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Security review and designation (ESPA Arts. 67–76): review start, prior notice and the
 * applicant's answer (maintain or withdraw), dismissal for want of a reply, designation,
 * non-designation, extension, lifting, and the records filed along the way (materials requests and
 * replies, consultations, obligation sub-cases). Each accepted change, its record, its deadlines on
 * the ledger, its notifications and its audit entry commit in one transaction.
 */
public final class PatentReviewCommands {
  static final int MAX_TEXT = 4000;
  private static final Bilingual PRIOR_NOTICE_EVENT = new Bilingual("prior notice", "事前通知");
  private static final Bilingual REQUEST_EVENT = new Bilingual("request for materials", "資料提出の求め");

  private final PatentApplications store;
  private final PatentReviewRecords records;
  private final DeadlineLedger ledger;
  private final NotificationOutbox outbox;
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final PatentChanges changes;
  private final PatentAccessPolicy access = new PatentAccessPolicy();
  private final ReviewRecordPolicy recordPolicy = new ReviewRecordPolicy();

  public PatentReviewCommands(
      PatentApplications store,
      PatentReviewRecords records,
      AccessGrantQueries grants,
      DeadlineLedger ledger,
      NotificationOutbox outbox,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.store = store;
    this.records = records;
    this.ledger = ledger;
    this.outbox = outbox;
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    PatentQueries queries = new PatentQueries(store, grants, auditLog, unitOfWork, clock);
    this.changes = new PatentChanges(store, auditLog, unitOfWork, clock, queries);
  }

  /** A security reviewer starts the review of an application sent to the Cabinet Office. */
  public Result<PatentApplicationView> startReview(Actor actor, CaseId id, Long expectedVersion) {
    Instant now = clock.instant();
    return changes.apply(
        actor,
        id,
        expectedVersion,
        PatentAction.START_SECURITY_REVIEW,
        AuditAction.PATENT_SECURITY_REVIEW_STARTED,
        current -> List.of(),
        (current, next) ->
            new PatentChanges.Change(
                moved(current, next, now),
                event(
                    id,
                    AuditAction.PATENT_SECURITY_REVIEW_STARTED,
                    "Security review started",
                    now)));
  }

  /** The reviewer notifies the applicant before designating (Art. 67); the reply is due. */
  public Result<PatentApplicationView> issuePriorNotice(
      Actor actor, CaseId id, Long expectedVersion, String text) {
    Instant now = clock.instant();
    return changes.apply(
        actor,
        id,
        expectedVersion,
        PatentAction.ISSUE_PRIOR_NOTICE,
        AuditAction.PATENT_PRIOR_NOTICE_ISSUED,
        current -> textProblems("text", text, true),
        (current, next) ->
            new PatentChanges.Change(
                moved(current, next, now),
                event(id, AuditAction.PATENT_PRIOR_NOTICE_ISSUED, "Prior notice issued", now),
                () -> {
                  TrackedDeadline due =
                      ledger.open(
                          id,
                          CaseKind.PATENT_APPLICATION,
                          PatentDeadlines.PRIOR_NOTICE,
                          DeadlineRules.PRIOR_NOTICE_REPLY,
                          PeriodStart.at(now, PRIOR_NOTICE_EVENT),
                          Obligor.COMPANY);
                  records.insert(
                      record(id, ReviewRecordKind.PRIOR_NOTICE, null, text, due.due(), actor, now));
                  notifyApplicants(
                      current, NotificationKind.PATENT_PRIOR_NOTICE_ISSUED, due.due(), now);
                }));
  }

  /** The applicant maintains the application and names the businesses that will share it. */
  public Result<PatentApplicationView> maintain(
      Actor actor, CaseId id, Long expectedVersion, List<SharingBusiness> businesses, String note) {
    Instant now = clock.instant();
    return changes.apply(
        actor,
        id,
        expectedVersion,
        PatentAction.MAINTAIN_APPLICATION,
        AuditAction.PATENT_APPLICATION_MAINTAINED,
        current -> businessProblems(businesses, true),
        (current, next) ->
            new PatentChanges.Change(
                moved(current, next, now),
                event(
                    id,
                    AuditAction.PATENT_APPLICATION_MAINTAINED,
                    "Application maintained with " + businesses.size() + " sharing business(es)",
                    now),
                () -> {
                  ledger.meet(id, PatentDeadlines.PRIOR_NOTICE, JapanTime.dateOf(now));
                  records.insert(
                      ReviewRecord.of(
                          id,
                          ReviewRecordKind.MAINTAINED,
                          null,
                          note,
                          null,
                          businesses,
                          actor.userId(),
                          now));
                }));
  }

  /** The applicant withdraws the application (not while designated: Art. 72). */
  public Result<PatentApplicationView> withdraw(
      Actor actor, CaseId id, Long expectedVersion, String reason) {
    Instant now = clock.instant();
    return changes.apply(
        actor,
        id,
        expectedVersion,
        PatentAction.WITHDRAW,
        AuditAction.PATENT_APPLICATION_WITHDRAWN,
        current -> textProblems("reason", reason, false),
        (current, next) ->
            new PatentChanges.Change(
                moved(current, next, now),
                event(id, AuditAction.PATENT_APPLICATION_WITHDRAWN, "Application withdrawn", now),
                () -> {
                  ledger.cancelAll(id, JapanTime.dateOf(now), "withdrawn");
                  records.insert(
                      record(id, ReviewRecordKind.WITHDRAWAL, null, reason, null, actor, now));
                }));
  }

  /**
   * The reviewer dismisses (却下) an application whose applicant did not answer the prior notice,
   * once the reply period has passed ({@link DismissalAfterReplyPeriod}).
   */
  public Result<PatentApplicationView> dismiss(
      Actor actor, CaseId id, Long expectedVersion, String reason) {
    Instant now = clock.instant();
    LocalDate today = JapanTime.dateOf(now);
    return changes.apply(
        actor,
        id,
        expectedVersion,
        PatentAction.DISMISS,
        AuditAction.PATENT_APPLICATION_DISMISSED,
        current -> {
          List<Rejection> problems = new ArrayList<>(textProblems("reason", reason, true));
          DismissalAfterReplyPeriod.refusal(
                  openDue(id, PatentDeadlines.PRIOR_NOTICE).orElse(null), today)
              .ifPresent(problems::add);
          return problems;
        },
        (current, next) ->
            new PatentChanges.Change(
                moved(current, next, now),
                event(id, AuditAction.PATENT_APPLICATION_DISMISSED, "Application dismissed", now),
                () -> {
                  ledger.meet(id, PatentDeadlines.REVIEW_DECISION, today);
                  ledger.cancelAll(id, today, "dismissed");
                  records.insert(
                      record(id, ReviewRecordKind.DISMISSAL, null, reason, null, actor, now));
                }));
  }

  /** The reviewer designates (保全指定, Art. 70) until {@code periodEnd} (≤ 1 year ahead). */
  public Result<PatentApplicationView> designate(
      Actor actor, CaseId id, Long expectedVersion, LocalDate periodEnd, String reason) {
    Instant now = clock.instant();
    LocalDate today = JapanTime.dateOf(now);
    return changes.apply(
        actor,
        id,
        expectedVersion,
        PatentAction.DESIGNATE,
        AuditAction.PATENT_DESIGNATED,
        current -> periodProblems(today, periodEnd, today, reason),
        (current, next) ->
            new PatentChanges.Change(
                moved(current, next, now),
                event(id, AuditAction.PATENT_DESIGNATED, "Designated until " + periodEnd, now),
                () -> {
                  ledger.meet(id, PatentDeadlines.REVIEW_DECISION, today);
                  PatentDeadlines.openDesignation(ledger, id, 1, today, periodEnd);
                  records.insert(
                      record(
                          id, ReviewRecordKind.DESIGNATION, null, reason, periodEnd, actor, now));
                  notifyApplicants(current, NotificationKind.PATENT_REVIEW_DECIDED, null, now);
                }));
  }

  /** The reviewer decides not to designate, with the notice to the applicant. */
  public Result<PatentApplicationView> decideNotDesignated(
      Actor actor, CaseId id, Long expectedVersion, String notice) {
    Instant now = clock.instant();
    LocalDate today = JapanTime.dateOf(now);
    return changes.apply(
        actor,
        id,
        expectedVersion,
        PatentAction.DECIDE_NOT_DESIGNATED,
        AuditAction.PATENT_NOT_DESIGNATED,
        current -> textProblems("notice", notice, true),
        (current, next) ->
            new PatentChanges.Change(
                moved(current, next, now),
                event(id, AuditAction.PATENT_NOT_DESIGNATED, "Not designated", now),
                () -> {
                  ledger.meet(id, PatentDeadlines.REVIEW_DECISION, today);
                  ledger.cancelAll(id, today, "not designated");
                  records.insert(
                      record(
                          id,
                          ReviewRecordKind.NOT_DESIGNATED_NOTICE,
                          null,
                          notice,
                          today,
                          actor,
                          now));
                  notifyApplicants(current, NotificationKind.PATENT_REVIEW_DECIDED, null, now);
                }));
  }

  /** The reviewer extends the designation to {@code periodEnd} (≤ 1 year after the current end). */
  public Result<PatentApplicationView> extend(
      Actor actor, CaseId id, Long expectedVersion, LocalDate periodEnd, String reason) {
    Instant now = clock.instant();
    LocalDate today = JapanTime.dateOf(now);
    List<ReviewRecord> recorded = records.ofCase(id);
    Optional<DesignationTerm> term = DesignationTerm.of(recorded);
    return changes.apply(
        actor,
        id,
        expectedVersion,
        PatentAction.EXTEND_DESIGNATION,
        AuditAction.PATENT_DESIGNATION_EXTENDED,
        current ->
            term.isEmpty()
                ? List.of(Rejection.of(ErrorCode.INVALID_STATE, "No designation recorded"))
                : extensionProblems(term.get().periodEnd(), periodEnd, today, reason),
        (current, next) ->
            new PatentChanges.Change(
                moved(current, next, now),
                event(
                    id,
                    AuditAction.PATENT_DESIGNATION_EXTENDED,
                    "Designation extended to " + periodEnd,
                    now),
                () -> {
                  int number = term.orElseThrow().number();
                  ledger.meet(id, PatentDeadlines.designation(number), today);
                  PatentDeadlines.openDesignation(ledger, id, number + 1, today, periodEnd);
                  records.insert(
                      record(id, ReviewRecordKind.EXTENSION, null, reason, periodEnd, actor, now));
                }));
  }

  /** The reviewer lifts the designation (解除) with its reason and the lifting notice date. */
  public Result<PatentApplicationView> lift(
      Actor actor, CaseId id, Long expectedVersion, String reason, LocalDate noticeDate) {
    Instant now = clock.instant();
    LocalDate today = JapanTime.dateOf(now);
    Optional<DesignationTerm> term = DesignationTerm.of(records.ofCase(id));
    return changes.apply(
        actor,
        id,
        expectedVersion,
        PatentAction.LIFT_DESIGNATION,
        AuditAction.PATENT_DESIGNATION_LIFTED,
        current -> {
          List<Rejection> problems = new ArrayList<>(textProblems("reason", reason, true));
          problems.addAll(
              LiftingNoticeDate.problems(
                  noticeDate, term.map(DesignationTerm::designatedOn).orElse(null), today));
          return problems;
        },
        (current, next) ->
            new PatentChanges.Change(
                moved(current, next, now),
                event(id, AuditAction.PATENT_DESIGNATION_LIFTED, "Designation lifted", now),
                () -> {
                  term.ifPresent(
                      t ->
                          ledger.cancel(
                              id, PatentDeadlines.designation(t.number()), today, "lifted"));
                  LocalDate examinationDue =
                      PatentDeadlines.openExaminationRequest(
                          ledger, current, PatentDeadlines.liftingNotice(noticeDate));
                  records.insert(
                      record(id, ReviewRecordKind.LIFTING, null, reason, noticeDate, actor, now));
                  notifyApplicants(
                      current, NotificationKind.PATENT_DESIGNATION_LIFTED, examinationDue, now);
                }));
  }

  /**
   * The designation ran out: moves a designated application whose period has ended to EXPIRED,
   * opens the applicant's examination-request deadline that follows (counted from the end of the
   * period, our reading of Art. 82) and tells the applicants. Used by the expiry sweep with its
   * system actor.
   */
  public Result<PatentApplicationView> expire(Actor actor, CaseId id) {
    Instant now = clock.instant();
    LocalDate today = JapanTime.dateOf(now);
    Optional<DesignationTerm> term = DesignationTerm.of(records.ofCase(id));
    return changes.apply(
        actor,
        id,
        null,
        PatentAction.EXPIRE_DESIGNATION,
        AuditAction.PATENT_DESIGNATION_EXPIRED,
        current ->
            term.isPresent() && today.isAfter(term.get().periodEnd())
                ? List.of()
                : List.of(Rejection.of(ErrorCode.INVALID_STATE, "The designation has not ended")),
        (current, next) ->
            new PatentChanges.Change(
                moved(current, next, now),
                event(id, AuditAction.PATENT_DESIGNATION_EXPIRED, "Designation expired", now),
                () -> {
                  ledger.meet(id, PatentDeadlines.designation(term.orElseThrow().number()), today);
                  LocalDate examinationDue =
                      PatentDeadlines.openExaminationRequest(
                          ledger, current, PatentDeadlines.expiry(term.orElseThrow().periodEnd()));
                  records.insert(
                      record(
                          id,
                          ReviewRecordKind.EXPIRY,
                          null,
                          "",
                          term.orElseThrow().periodEnd(),
                          actor,
                          now));
                  notifyApplicants(
                      current, NotificationKind.PATENT_DESIGNATION_EXPIRED, examinationDue, now);
                }));
  }

  /**
   * Files a record that does not move the application ({@link ReviewRecordPolicy}): a materials
   * request (with {@code replyDays}) or reply, a consultation, or an obligation sub-case step. A
   * decision names the request it answers ({@code parent}).
   */
  public Result<ReviewRecord> file(
      Actor actor,
      CaseId id,
      Long expectedVersion,
      ReviewRecordKind kind,
      UUID parent,
      String text,
      Integer replyDays,
      List<SharingBusiness> businesses) {
    Instant now = clock.instant();
    LocalDate today = JapanTime.dateOf(now);
    AuditAction action = auditActionOf(kind);
    Optional<ReviewRecordPolicy.Rule> rule = recordPolicy.ruleFor(kind);
    List<SharingBusiness> named = businesses == null ? List.of() : businesses;
    return changes.run(
        actor,
        id,
        Command.<PatentApplication, ReviewRecord>named(action)
            .expecting(expectedVersion)
            .table((application, roles) -> recordPolicy.refusal(kind, application.state(), roles))
            .policy(application -> textProblems("text", text, true))
            .policy(application -> parentProblems(rule.get(), parent, records.ofCase(id)))
            .policy(
                application ->
                    kind == ReviewRecordKind.MATERIALS_REQUEST
                            && (replyDays == null || replyDays < 1)
                        ? List.of(
                            Rejection.onField(
                                ErrorCode.INVALID_VALUE, "replyDays", "応答期間は1日以上としてください"))
                        : List.of())
            .policy(
                application ->
                    kind == ReviewRecordKind.SHARING_APPROVAL_REQUEST
                            || kind == ReviewRecordKind.SHARING_CHANGE_NOTIFIED
                        ? businessProblems(businesses, true)
                        : List.of())
            .does(
                (application, roles) ->
                    Step.writing(
                        event(id, action, "Filed " + kind, now),
                        () -> {
                          changes.touch(application, now);
                          if (kind == ReviewRecordKind.MATERIALS_REQUEST) {
                            return requestMaterials(
                                application, text, replyDays, named, actor, now);
                          }
                          if (kind == ReviewRecordKind.MATERIALS_REPLY) {
                            ledger.meet(id, PatentDeadlines.materials(parent), today);
                          }
                          ReviewRecord filed =
                              ReviewRecord.of(
                                  id, kind, parent, text.strip(), null, named, actor.userId(), now);
                          records.insert(filed);
                          return filed;
                        })));
  }

  /** A materials request with its reply deadline on the ledger, told to the applicants. */
  private ReviewRecord requestMaterials(
      PatentApplication application,
      String text,
      int replyDays,
      List<SharingBusiness> named,
      Actor actor,
      Instant now) {
    CaseId id = application.id();
    UUID requestId = UUID.randomUUID();
    LocalDate due =
        ledger
            .open(
                id,
                CaseKind.PATENT_APPLICATION,
                PatentDeadlines.materials(requestId),
                DeadlineRules.COMPANY_REPLY,
                replyDays,
                PeriodStart.at(now, REQUEST_EVENT),
                Obligor.COMPANY)
            .due();
    ReviewRecord request =
        new ReviewRecord(
            requestId,
            id,
            ReviewRecordKind.MATERIALS_REQUEST,
            Optional.empty(),
            text.strip(),
            Optional.of(due),
            named,
            actor.userId(),
            now);
    records.insert(request);
    notifyApplicants(application, NotificationKind.PATENT_MATERIALS_REQUESTED, due, now);
    return request;
  }

  static AuditAction auditActionOf(ReviewRecordKind kind) {
    return switch (kind) {
      case MATERIALS_REQUEST -> AuditAction.PATENT_MATERIALS_REQUESTED;
      case MATERIALS_REPLY -> AuditAction.PATENT_MATERIALS_ANSWERED;
      case CONSULTATION -> AuditAction.PATENT_CONSULTATION_RECORDED;
      case WORKING_PERMISSION_GRANTED,
              WORKING_PERMISSION_REFUSED,
              SHARING_APPROVED,
              SHARING_REFUSED,
              INCIDENT_ACKNOWLEDGED ->
          AuditAction.PATENT_OBLIGATION_DECIDED;
      default -> AuditAction.PATENT_OBLIGATION_FILED;
    };
  }

  private List<Rejection> parentProblems(
      ReviewRecordPolicy.Rule rule, UUID parent, List<ReviewRecord> existing) {
    if (rule.answers().isEmpty()) {
      return List.of();
    }
    if (parent == null) {
      return List.of(Rejection.onField(ErrorCode.REQUIRED, "parentId", "対象の申請を指定してください"));
    }
    Optional<ReviewRecord> answered =
        existing.stream().filter(r -> r.id().equals(parent)).findFirst();
    if (answered.isEmpty() || answered.get().kind() != rule.answers().get()) {
      return List.of(Rejection.onField(ErrorCode.INVALID_VALUE, "parentId", "対象の申請が見つかりません"));
    }
    boolean alreadyAnswered =
        existing.stream().anyMatch(r -> r.parent().filter(parent::equals).isPresent());
    return alreadyAnswered
        ? List.of(Rejection.onField(ErrorCode.INVALID_STATE, "parentId", "この申請には回答済みです"))
        : List.of();
  }

  private Optional<LocalDate> openDue(CaseId id, String subject) {
    return ledger.ofCase(id).stream()
        .filter(d -> d.isOpen() && d.subject().equals(subject))
        .map(d -> ledger.compute(d).due())
        .findFirst();
  }

  private List<Rejection> periodProblems(
      LocalDate from, LocalDate periodEnd, LocalDate today, String reason) {
    List<Rejection> problems = new ArrayList<>(textProblems("reason", reason, true));
    problems.addAll(
        DesignationPeriodCap.problems(
            from, periodEnd, today, PatentDeadlines.latestPeriodEnd(ledger, from)));
    return problems;
  }

  private List<Rejection> extensionProblems(
      LocalDate currentEnd, LocalDate periodEnd, LocalDate today, String reason) {
    List<Rejection> problems = new ArrayList<>(textProblems("reason", reason, true));
    problems.addAll(
        DesignationPeriodCap.forExtension(
            currentEnd, periodEnd, today, PatentDeadlines.latestPeriodEnd(ledger, currentEnd)));
    return problems;
  }

  private static List<Rejection> textProblems(String field, String text, boolean required) {
    if (text == null || text.isBlank()) {
      return required
          ? List.of(Rejection.onField(ErrorCode.REQUIRED, field, "入力してください"))
          : List.of();
    }
    return text.length() > MAX_TEXT
        ? List.of(Rejection.onField(ErrorCode.INVALID_VALUE, field, "4000文字以内としてください"))
        : StorableText.problem(field, text).map(List::of).orElse(List.of());
  }

  private static List<Rejection> businessProblems(
      List<SharingBusiness> businesses, boolean required) {
    if (businesses == null || businesses.isEmpty()) {
      return required
          ? List.of(Rejection.onField(ErrorCode.REQUIRED, "businesses", "発明共有事業者を1者以上記載してください"))
          : List.of();
    }
    List<Rejection> problems = new ArrayList<>();
    for (int i = 0; i < businesses.size(); i++) {
      for (String field : businesses.get(i).problems()) {
        problems.add(
            Rejection.onField(
                ErrorCode.REQUIRED, "businesses." + i + "." + field, "名称・住所・役割は必須です"));
      }
    }
    return problems;
  }

  private void notifyApplicants(
      PatentApplication application, NotificationKind kind, LocalDate due, Instant now) {
    ApplicantNotices.tell(outbox, application, kind, due, now);
  }

  private static PatentApplication moved(PatentApplication current, PatentState next, Instant now) {
    return current.moved(next, current.matchedFields(), current.decisionReason(), now);
  }

  private static PatentReviewEvent event(CaseId id, AuditAction type, String summary, Instant now) {
    return new PatentReviewEvent(id, type, summary, now);
  }

  private static ReviewRecord record(
      CaseId id,
      ReviewRecordKind kind,
      UUID parent,
      String text,
      LocalDate date,
      Actor actor,
      Instant now) {
    return ReviewRecord.of(
        id, kind, parent, text == null ? "" : text.strip(), date, List.of(), actor.userId(), now);
  }
}
