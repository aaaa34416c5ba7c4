package dev.taiwa.service.importing;

import java.util.List;
import java.util.Optional;

/**
 * What an import (or its dry run) found: rows in the file, cases created, rows skipped because
 * their key was imported before, and the bad rows with every problem.
 */
public record ImportSummary(
    long rows, long created, long alreadyImported, List<RowProblem> problems, double seconds) {
  /** Shorter runs are not timed precisely enough for a rate. */
  private static final double MEASURABLE_SECONDS = 0.01;

  public ImportSummary {
    problems = List.copyOf(problems);
  }

  /** The number of rows with at least one problem. */
  public long badRows() {
    return problems.stream().mapToLong(RowProblem::row).distinct().count();
  }

  /**
   * Rows worked on (checked, and created or refused; not the ones skipped as imported before) per
   * second; empty when there was no such work or too little time to measure it.
   */
  public Optional<Double> rate() {
    long worked = rows - alreadyImported;
    return worked <= 0 || seconds < MEASURABLE_SECONDS
        ? Optional.empty()
        : Optional.of(worked / seconds);
  }
}
