package dev.taiwa.cases.statistics.port;

import java.time.LocalDate;

/**
 * The optional filters of the statistics; a null field filters nothing. {@code filedFrom} and
 * {@code filedTo} bound the filing date, both days included (a pre-report's submission day in
 * Japan, a patent application's filing date); {@code technologyNumber} keeps the pre-reports that
 * list that technology (the patent track has no technology numbers and ignores it).
 */
public record StatisticsFilter(LocalDate filedFrom, LocalDate filedTo, Integer technologyNumber) {

  public static StatisticsFilter none() {
    return new StatisticsFilter(null, null, null);
  }
}
