package dev.taiwa.cases.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of a case's timeline as the caller may see it: when, what (the audit event type and its
 * label in Japanese and English) and who, as a label (a role, or 貴社 for the company's own users),
 * never a user id or the event's summary.
 */
public record TimelineEntry(
    Instant at, String eventType, String labelJa, String labelEn, String actorLabel) {
  public TimelineEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(eventType, "event type");
    Objects.requireNonNull(labelJa, "label ja");
    Objects.requireNonNull(labelEn, "label en");
    Objects.requireNonNull(actorLabel, "actor label");
  }
}
