package dev.taiwa.cases.document.template;

import dev.taiwa.cases.patent.application.PatentTrackDeadline;
import dev.taiwa.cases.patent.model.DesignationTerm;
import dev.taiwa.cases.patent.model.ReviewRecord;
import dev.taiwa.cases.patent.model.ReviewRecordKind;
import java.util.List;
import java.util.Optional;

/**
 * A patent application's security review as a need-to-know reader sees it: its records (oldest
 * first, read through the audited review queries), the designation term and the deadlines on the
 * ledger with their explanations.
 */
public record PatentReview(
    List<ReviewRecord> records,
    Optional<DesignationTerm> designation,
    List<PatentTrackDeadline> deadlines) {
  static final PatentReview NONE = new PatentReview(List.of(), Optional.empty(), List.of());

  public PatentReview {
    records = List.copyOf(records);
    deadlines = List.copyOf(deadlines);
  }

  /** The latest record of {@code kind}, if any. */
  public Optional<ReviewRecord> latest(ReviewRecordKind kind) {
    return records.stream().filter(r -> r.kind() == kind).reduce((first, second) -> second);
  }

  /** The latest deadline on the ledger opened by one of the named rules, if any. */
  public Optional<PatentTrackDeadline> deadlineByRule(String... ruleNames) {
    List<String> names = List.of(ruleNames);
    return deadlines.stream()
        .filter(d -> names.contains(d.tracked().ruleName()))
        .reduce((first, second) -> second);
  }
}
