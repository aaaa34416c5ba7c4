package dev.taiwa.cases.patent.compensation.model;

import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** One internal assessment note of the Cabinet Office on a claim (never shown to the company). */
public record AssessmentNote(String text, Instant writtenAt, UserId writtenBy) {
  public AssessmentNote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(writtenBy, "written by");
    writtenAt = writtenAt.truncatedTo(ChronoUnit.MILLIS);
  }
}
