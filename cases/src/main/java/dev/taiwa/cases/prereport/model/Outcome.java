package dev.taiwa.cases.prereport.model;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How a case ended, as a record of its own: the type, the date (in Japan), a summary (the reason of
 * a withdrawal or a screening verdict, the officer's closing note), the items decided (agreed
 * measures, licence conditions, refusal reasons) and who decided. Written with the terminal
 * transition, in the same transaction.
 */
public record Outcome(
    CaseId caseId,
    OutcomeType type,
    LocalDate decidedOn,
    String summary,
    List<String> items,
    UserId decidedBy,
    Instant recordedAt) {
  public Outcome {
    Objects.requireNonNull(caseId, "case id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(decidedOn, "decided on");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(decidedBy, "decided by");
    Objects.requireNonNull(recordedAt, "recorded at");
    items = List.copyOf(items);
  }
}
