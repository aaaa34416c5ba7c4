package dev.taiwa.cases.patent.confirmation.model;

import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The consultation of the Cabinet Office (internal: never shown to the company): who sent it and
 * why, and once recorded, the answer and who recorded it.
 */
public record Consultation(
    Instant sentAt,
    UserId sentBy,
    String note,
    String answer,
    Instant answeredAt,
    UserId answeredBy) {
  public Consultation {
    Objects.requireNonNull(sentAt, "sent at");
    Objects.requireNonNull(sentBy, "sent by");
    sentAt = sentAt.truncatedTo(ChronoUnit.MILLIS);
    answeredAt = answeredAt == null ? null : answeredAt.truncatedTo(ChronoUnit.MILLIS);
  }

  public static Consultation sent(Instant at, UserId by, String note) {
    return new Consultation(at, by, note, null, null, null);
  }

  public Consultation answered(String text, Instant at, UserId by) {
    return new Consultation(sentAt, sentBy, note, text, at, by);
  }
}
