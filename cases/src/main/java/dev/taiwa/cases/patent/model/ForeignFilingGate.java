package dev.taiwa.cases.patent.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether the invention of an application may be filed abroad now (ESPA Art. 78), why, and since
 * when: {@code reason} is a stable code, {@code reasonJa} its Japanese wording.
 */
public record ForeignFilingGate(Status status, String reason, String reasonJa, LocalDate since) {
  public enum Status {
    BLOCKED,
    ALLOWED
  }

  public ForeignFilingGate {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(reasonJa, "reasonJa");
    Objects.requireNonNull(since, "since");
  }

  static ForeignFilingGate allowed(String reason, String reasonJa, LocalDate since) {
    return new ForeignFilingGate(Status.ALLOWED, reason, reasonJa, since);
  }

  static ForeignFilingGate blocked(String reason, String reasonJa, LocalDate since) {
    return new ForeignFilingGate(Status.BLOCKED, reason, reasonJa, since);
  }
}
