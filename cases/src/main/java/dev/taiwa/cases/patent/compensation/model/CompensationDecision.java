package dev.taiwa.cases.patent.compensation.model;

import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The decision on a claim: the amount granted in yen (0 or more) and the reason. */
public record CompensationDecision(
    long amountYen, String reason, Instant decidedAt, UserId decidedBy) {
  public CompensationDecision {
    if (amountYen < 0) {
      throw new IllegalArgumentException("an amount is 0 or more");
    }
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(decidedBy, "decided by");
    decidedAt = decidedAt.truncatedTo(ChronoUnit.MILLIS);
  }
}
