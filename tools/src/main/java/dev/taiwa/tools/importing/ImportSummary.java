package dev.taiwa.tools.importing;

import java.util.List;

/**
 * What an import (or its dry run) found: rows in the file, cases created, rows skipped because
 * their key was imported before, and the bad rows with every problem.
 */
public record ImportSummary(
    long rows, long created, long alreadyImported, List<RowProblem> problems, double seconds) {
  public ImportSummary {
    problems = List.copyOf(problems);
  }

  /** The number of rows with at least one problem. */
  public long badRows() {
    return problems.stream().mapToLong(RowProblem::row).distinct().count();
  }

  public double rate() {
    return seconds <= 0 ? 0 : rows / seconds;
  }
}
