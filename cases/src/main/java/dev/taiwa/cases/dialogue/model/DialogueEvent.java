package dev.taiwa.cases.dialogue.model;

import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * A change of a case's dialogue, as the audit log records it. Summaries never carry internal notes
 * or concern information: the company may read its case's audit trail.
 */
public record DialogueEvent(
    CaseId caseId, DialogueAction action, String summary, Instant occurredAt)
    implements DomainEvent {
  public DialogueEvent {
    Objects.requireNonNull(caseId, "case id");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(occurredAt, "occurred at");
  }

  /**
   * What the audit log records {@code action} as, e.g. {@link AuditAction#DIALOGUE_RAISE_CONCERN}.
   */
  public static AuditAction typeOf(DialogueAction action) {
    return switch (action) {
      case SCHEDULE_MEETING -> AuditAction.DIALOGUE_SCHEDULE_MEETING;
      case RESCHEDULE_MEETING -> AuditAction.DIALOGUE_RESCHEDULE_MEETING;
      case CANCEL_MEETING -> AuditAction.DIALOGUE_CANCEL_MEETING;
      case RECORD_MEETING_HELD -> AuditAction.DIALOGUE_RECORD_MEETING_HELD;
      case RAISE_CONCERN -> AuditAction.DIALOGUE_RAISE_CONCERN;
      case ANSWER_CONCERN -> AuditAction.DIALOGUE_ANSWER_CONCERN;
      case RESOLVE_CONCERN -> AuditAction.DIALOGUE_RESOLVE_CONCERN;
      case MARK_CONCERN_UNRESOLVED -> AuditAction.DIALOGUE_MARK_CONCERN_UNRESOLVED;
      case ASSIGN_CASE_OFFICER -> AuditAction.DIALOGUE_ASSIGN_CASE_OFFICER;
      case ASK_QUERY -> AuditAction.DIALOGUE_ASK_QUERY;
      case ANSWER_QUERY -> AuditAction.DIALOGUE_ANSWER_QUERY;
      case WITHDRAW_QUERY -> AuditAction.DIALOGUE_WITHDRAW_QUERY;
    };
  }

  @Override
  public AuditAction type() {
    return typeOf(action);
  }
}
