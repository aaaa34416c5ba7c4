package dev.taiwa.cases.patent.confirmation.model;

import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The examiner's answer to the request, with its reason, date and author. */
public record BanDecision(BanAnswer answer, String reason, Instant decidedAt, UserId decidedBy) {
  public BanDecision {
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(decidedBy, "decided by");
    decidedAt = decidedAt.truncatedTo(ChronoUnit.MILLIS);
  }
}
