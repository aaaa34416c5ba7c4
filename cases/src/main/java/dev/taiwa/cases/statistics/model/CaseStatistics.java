package dev.taiwa.cases.statistics.model;

import java.util.List;

/**
 * The figures a caller may see: each track's, or null where its scope does not reach the track, and
 * the keeping of the deadlines of the cases counted, by rule.
 */
public record CaseStatistics(
    PreReportFigures preReports, PatentFigures patents, List<DeadlineKeeping> deadlines) {
  public CaseStatistics {
    deadlines = List.copyOf(deadlines);
  }
}
