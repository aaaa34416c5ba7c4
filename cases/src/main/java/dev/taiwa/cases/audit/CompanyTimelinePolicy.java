package dev.taiwa.cases.audit;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which events of its own case a company sees on the timeline: an allow-list, default deny. A type
 * not named here (refused attempts, SECRET_CONTENT_READ, access grants, consultations, case officer
 * assignment, anything added later) stays hidden from the company. Officials (any role other than
 * FILER) see every accepted event of a case they may read.
 */
public final class CompanyTimelinePolicy {
  private static final Set<AuditAction> COMPANY_VISIBLE =
      Collections.unmodifiableSet(
          EnumSet.of(
              AuditAction.PRE_REPORT_DRAFT_CREATED,
              AuditAction.PRE_REPORT_DRAFT_UPDATED,
              AuditAction.PRE_REPORT_SUBMITTED,
              AuditAction.PRE_REPORT_REVIEW_STARTED,
              AuditAction.PRE_REPORT_DIALOGUE_STARTED,
              AuditAction.PRE_REPORT_WITHDRAWN,
              AuditAction.PRE_REPORT_MARK_NOT_REPORTABLE,
              AuditAction.PRE_REPORT_CLOSE_NO_CONCERN,
              AuditAction.PRE_REPORT_CLOSE_MEASURES_AGREED,
              AuditAction.PRE_REPORT_ISSUE_INFORM,
              AuditAction.PRE_REPORT_APPLY_FOR_LICENCE,
              AuditAction.PRE_REPORT_GRANT_LICENCE,
              AuditAction.PRE_REPORT_GRANT_LICENCE_WITH_CONDITIONS,
              AuditAction.PRE_REPORT_REFUSE_LICENCE,
              AuditAction.DIALOGUE_SCHEDULE_MEETING,
              AuditAction.DIALOGUE_RESCHEDULE_MEETING,
              AuditAction.DIALOGUE_CANCEL_MEETING,
              AuditAction.DIALOGUE_RECORD_MEETING_HELD,
              AuditAction.DIALOGUE_RAISE_CONCERN,
              AuditAction.DIALOGUE_ANSWER_CONCERN,
              AuditAction.DIALOGUE_RESOLVE_CONCERN,
              AuditAction.DIALOGUE_MARK_CONCERN_UNRESOLVED,
              AuditAction.DIALOGUE_ASK_QUERY,
              AuditAction.DIALOGUE_ANSWER_QUERY,
              AuditAction.DIALOGUE_WITHDRAW_QUERY));

  /** The event types a company sees on its own case's timeline, for documentation and tests. */
  public Set<AuditAction> companyVisibleTypes() {
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
    return readsAsOfficial(viewer)
        || event.knownAction().filter(COMPANY_VISIBLE::contains).isPresent();
  }
}
