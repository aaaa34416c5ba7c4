package dev.taiwa.cases.patent.application;

import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.command.Command;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.patent.access.PatentAccessPolicy;
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
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
    return request(actor, id, null);
  }

  /**
   * The same request, refused as CONFLICT when the application is no longer at {@code
   * expectedVersion} (null accepts any).
   */
  public Result<NonSendingNotice> request(Actor actor, CaseId id, Long expectedVersion) {
    Instant now = clock.instant();
    return changes.run(
        actor,
        id,
        Command.<PatentApplication, NonSendingNotice>named(
                AuditAction.PATENT_NON_SENDING_NOTICE_REQUESTED)
            .expecting(expectedVersion)
            .table(allowed(Step.REQUEST))
            .policy(
                application ->
                    notices.find(id).isPresent()
                        ? List.of(Rejection.of(ErrorCode.DUPLICATE, "不送付通知の申出は既にされています"))
                        : List.of())
            .does(
                (application, roles) -> {
                  NonSendingNotice notice = NonSendingNotice.requested(id, actor.userId(), now);
                  return dev.taiwa.cases.command.Step.accepted(
                      notice,
                      new NonSendingNoticeEvent.Requested(id, now),
                      () -> {
                        changes.touch(application, now);
                        notices.insert(notice);
                      });
                }));
  }

  /**
   * The examiner issues the requested notice for an application still under screening whose
   * screening period has ended (the day after {@code screeningDue}) without sending.
   */
  public Result<NonSendingNotice> issue(Actor actor, CaseId id) {
    return issue(actor, id, null);
  }

  /**
   * The same issue, refused as CONFLICT when the application is no longer at {@code
   * expectedVersion} (null accepts any).
   */
  public Result<NonSendingNotice> issue(Actor actor, CaseId id, Long expectedVersion) {
    Instant now = clock.instant();
    LocalDate today = JapanTime.dateOf(now);
    return changes.run(
        actor,
        id,
        Command.<PatentApplication, NonSendingNotice>named(
                AuditAction.PATENT_NON_SENDING_NOTICE_ISSUED)
            .expecting(expectedVersion)
            .table(allowed(Step.ISSUE))
            .table(
                (application, roles) -> {
                  Optional<NonSendingNotice> requested = notices.find(id);
                  if (requested.filter(n -> !n.issued()).isEmpty()) {
                    return Optional.of(
                        Rejection.of(
                            ErrorCode.INVALID_STATE,
                            requested.isEmpty() ? "不送付通知の申出がありません" : "不送付通知は発出済みです"));
                  }
                  return screeningEnded(application, today)
                      ? Optional.empty()
                      : Optional.of(
                          Rejection.of(
                              ErrorCode.SCREENING_PERIOD_NOT_ENDED,
                              "第一次審査の期間（" + application.screeningDue() + "まで）が経過していません"));
                })
            .does(
                (application, roles) -> {
                  NonSendingNotice issued =
                      notices.find(id).orElseThrow().issue(today, actor.userId());
                  return dev.taiwa.cases.command.Step.accepted(
                      issued,
                      new NonSendingNoticeEvent.Issued(id, today, false, now),
                      () -> {
                        changes.touch(application, now);
                        notices.update(issued);
                      });
                }));
  }

  /** The notice of the application, requested or issued, when the caller may see the case. */
  public Optional<NonSendingNotice> of(CaseId id) {
    return notices.find(id);
  }

  /** {@link #of(CaseId)} for many applications: one read. */
  public Map<CaseId, NonSendingNotice> ofAll(Collection<CaseId> ids) {
    return ids.isEmpty() ? Map.of() : notices.findAll(ids);
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

  /** The notice's own table: the role and the application states of {@code step}. */
  private Command.Table<PatentApplication> allowed(Step step) {
    Rule rule = NonSendingNoticeRules.RULES.get(step);
    return (application, roles) -> {
      if (!roles.contains(rule.role())) {
        return Optional.of(Rejection.of(ErrorCode.FORBIDDEN, "Not allowed for your roles"));
      }
      if (!rule.states().contains(application.state())) {
        return Optional.of(
            Rejection.of(ErrorCode.INVALID_STATE, "Not allowed in state " + application.state()));
      }
      return Optional.empty();
    };
  }
}
