package dev.taiwa.cases.dialogue.model;

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

  /** The audit event type of {@code action}, e.g. {@code DIALOGUE_RAISE_CONCERN}. */
  public static String typeOf(DialogueAction action) {
    return "DIALOGUE_" + action.name();
  }

  @Override
  public String type() {
    return typeOf(action);
  }
}
