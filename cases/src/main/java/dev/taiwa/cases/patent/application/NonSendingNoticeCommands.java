package dev.taiwa.cases.patent.application;

import dev.taiwa.cases.access.PatentAccessPolicy;
import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.nonsending.model.NonSendingNotice;
import dev.taiwa.cases.patent.nonsending.model.NonSendingNoticeEvent;
import dev.taiwa.cases.patent.nonsending.model.NonSendingNoticeRules;
import dev.taiwa.cases.patent.nonsending.model.NonSendingNoticeRules.Rule;
import dev.taiwa.cases.patent.nonsending.model.NonSendingNoticeRules.Step;
import dev.taiwa.cases.patent.nonsending.port.NonSendingNotices;
import dev.taiwa.cases.patent.port.PatentApplications;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The applicant's request for a notice of non-sending (不送付通知の申出) and the examiner's issue of the
 * notice once the screening months have passed without sending. (On NOT_SENT the notice is issued
 * with the decision: {@link #issueWithDecision}.) Who may do which step where is {@link
 * NonSendingNoticeRules}; every change and refusal is audited.
 */
public final class NonSendingNoticeCommands {
  private final NonSendingNotices notices;
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final PatentChanges changes;
  private final PatentAccessPolicy access = new PatentAccessPolicy();

  public NonSendingNoticeCommands(
      PatentApplications store,
      NonSendingNotices notices,
      AccessGrantQueries grants,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.notices = notices;
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.changes =
        new PatentChanges(
            store,
            auditLog,
            unitOfWork,
            clock,
            new PatentQueries(store, grants, auditLog, unitOfWork, clock));
  }

  /** An applicant organisation's filer asks for the notice while the application is screened. */
  public Result<NonSendingNotice> request(Actor actor, CaseId id) {
    Instant now = clock.instant();
    String audit = NonSendingNoticeEvent.Requested.TYPE;
    Optional<PatentApplication> visible = changes.visible(actor, id);
    List<Rejection> problems = allowed(actor, visible, Step.REQUEST, id);
    if (problems.isEmpty() && notices.find(id).isPresent()) {
      problems = List.of(Rejection.of(ErrorCode.DUPLICATE, "不送付通知の申出は既にされています"));
    }
    if (!problems.isEmpty()) {
      return changes.refuse(actor, id, audit, problems);
    }
    NonSendingNotice notice = NonSendingNotice.requested(id, actor.userId(), now);
    unitOfWork.inTransaction(
        () -> {
          notices.insert(notice);
          auditLog.append(AuditEntry.accepted(actor, new NonSendingNoticeEvent.Requested(id, now)));
          return notice;
        });
    return Result.ok(notice);
  }

  /**
   * The examiner issues the requested notice for an application still under screening whose
   * screening period has ended (the day after {@code screeningDue}) without sending.
   */
  public Result<NonSendingNotice> issue(Actor actor, CaseId id) {
    Instant now = clock.instant();
    LocalDate today = JapanTime.dateOf(now);
    String audit = NonSendingNoticeEvent.Issued.TYPE;
    Optional<PatentApplication> visible = changes.visible(actor, id);
    List<Rejection> problems = allowed(actor, visible, Step.ISSUE, id);
    Optional<NonSendingNotice> requested = notices.find(id);
    if (problems.isEmpty() && requested.filter(n -> !n.issued()).isEmpty()) {
      problems =
          List.of(
              Rejection.of(
                  ErrorCode.INVALID_STATE,
                  requested.isEmpty() ? "不送付通知の申出がありません" : "不送付通知は発出済みです"));
    }
    if (problems.isEmpty() && !screeningEnded(visible.get(), today)) {
      problems =
          List.of(
              Rejection.of(
                  ErrorCode.SCREENING_PERIOD_NOT_ENDED,
                  "第一次審査の期間（" + visible.get().screeningDue() + "まで）が経過していません"));
    }
    if (!problems.isEmpty()) {
      return changes.refuse(actor, id, audit, problems);
    }
    NonSendingNotice issued = requested.get().issue(today, actor.userId());
    unitOfWork.inTransaction(
        () -> {
          notices.update(issued);
          auditLog.append(
              AuditEntry.accepted(actor, new NonSendingNoticeEvent.Issued(id, today, false, now)));
          return issued;
        });
    return Result.ok(issued);
  }

  /** The notice of the application, requested or issued, when the caller may see the case. */
  public Optional<NonSendingNotice> of(CaseId id) {
    return notices.find(id);
  }

  /**
   * Inside the NOT_SENT decision's transaction: answers a pending request by issuing the notice on
   * the decision day, audited as its own entry.
   */
  static void issueWithDecision(
      NonSendingNotices notices, AuditLog auditLog, Actor examiner, CaseId id, Instant now) {
    LocalDate today = JapanTime.dateOf(now);
    notices
        .find(id)
        .filter(notice -> !notice.issued())
        .ifPresent(
            notice -> {
              notices.update(notice.issue(today, examiner.userId()));
              auditLog.append(
                  AuditEntry.accepted(
                      examiner, new NonSendingNoticeEvent.Issued(id, today, true, now)));
            });
  }

  private static boolean screeningEnded(PatentApplication application, LocalDate today) {
    return application.screeningDue() != null && today.isAfter(application.screeningDue());
  }

  private List<Rejection> allowed(
      Actor actor, Optional<PatentApplication> visible, Step step, CaseId id) {
    if (visible.isEmpty()) {
      return List.of(Rejection.of(ErrorCode.NOT_FOUND, "No application " + id));
    }
    Rule rule = NonSendingNoticeRules.RULES.get(step);
    if (!access.rolesOn(actor, visible.get()).contains(rule.role())) {
      return List.of(Rejection.of(ErrorCode.FORBIDDEN, "Not allowed for your roles"));
    }
    if (!rule.states().contains(visible.get().state())) {
      return List.of(
          Rejection.of(ErrorCode.INVALID_STATE, "Not allowed in state " + visible.get().state()));
    }
    return List.of();
  }
}
