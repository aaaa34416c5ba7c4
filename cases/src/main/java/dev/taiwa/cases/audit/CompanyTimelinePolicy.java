package dev.taiwa.cases.audit;

import dev.taiwa.cases.dialogue.model.DialogueAction;
import dev.taiwa.cases.dialogue.model.DialogueEvent;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.prereport.model.PreReportAction;
import dev.taiwa.cases.prereport.model.PreReportEvent;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which events of its own case a company sees on the timeline: an allow-list, default deny. A type
 * not named here (refused attempts, SECRET_CONTENT_READ, access grants, consultations, case officer
 * assignment, anything added later) stays hidden from the company. Officials (any role other than
 * FILER) see every accepted event of a case they may read.
 */
public final class CompanyTimelinePolicy {
  private static final Set<String> COMPANY_VISIBLE =
      Stream.concat(
              Stream.of(
                  PreReportEvent.DraftCreated.TYPE,
                  PreReportEvent.DraftUpdated.TYPE,
                  PreReportEvent.Submitted.TYPE,
                  PreReportEvent.ReviewStarted.TYPE,
                  PreReportEvent.DialogueStarted.TYPE,
                  PreReportEvent.Withdrawn.TYPE),
              Stream.concat(
                  Stream.of(
                          PreReportAction.MARK_NOT_REPORTABLE,
                          PreReportAction.CLOSE_NO_CONCERN,
                          PreReportAction.CLOSE_MEASURES_AGREED,
                          PreReportAction.ISSUE_INFORM,
                          PreReportAction.APPLY_FOR_LICENCE,
                          PreReportAction.GRANT_LICENCE,
                          PreReportAction.GRANT_LICENCE_WITH_CONDITIONS,
                          PreReportAction.REFUSE_LICENCE)
                      .map(PreReportEvent.Concluded::typeOf),
                  Stream.of(
                          DialogueAction.SCHEDULE_MEETING,
                          DialogueAction.RESCHEDULE_MEETING,
                          DialogueAction.CANCEL_MEETING,
                          DialogueAction.RECORD_MEETING_HELD,
                          DialogueAction.RAISE_CONCERN,
                          DialogueAction.ANSWER_CONCERN,
                          DialogueAction.RESOLVE_CONCERN,
                          DialogueAction.MARK_CONCERN_UNRESOLVED,
                          DialogueAction.ASK_QUERY,
                          DialogueAction.ANSWER_QUERY,
                          DialogueAction.WITHDRAW_QUERY)
                      .map(DialogueEvent::typeOf)))
          .collect(Collectors.toUnmodifiableSet());

  /** The event types a company sees on its own case's timeline, for documentation and tests. */
  public Set<String> companyVisibleTypes() {
    return COMPANY_VISIBLE;
  }

  /** Whether the caller reads the timeline as an official: any role other than FILER. */
  public boolean readsAsOfficial(Actor viewer) {
    return viewer.roles().stream().anyMatch(role -> role != Role.FILER);
  }

  /**
   * Whether {@code event} is on the caller's timeline: refused attempts never are; officials see
   * every accepted event; a company only the allow-listed types.
   */
  public boolean shows(Actor viewer, AuditEntry event) {
    if (event.outcome() != AuditOutcome.ACCEPTED) {
      return false;
    }
    return readsAsOfficial(viewer) || COMPANY_VISIBLE.contains(event.action());
  }
}
