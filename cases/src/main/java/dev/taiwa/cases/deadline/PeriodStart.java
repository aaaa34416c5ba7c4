package dev.taiwa.cases.deadline;

import dev.taiwa.cases.kernel.Bilingual;
import dev.taiwa.cases.kernel.JapanTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a period starts: the date of its start event (in Japan), what that event was (e.g. filing,
 * 出願), and whether the first day counts. Under the Civil Code Art. 140 the first day is not counted
 * when the period starts during a day (初日不算入); it counts only when the period starts at midnight
 * (the beginning of the day).
 */
public record PeriodStart(LocalDate date, boolean firstDayCounted, Bilingual event) {
  public PeriodStart {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(event, "event");
  }

  /** An event during {@code date}: counting begins the next day (Art. 140, 初日不算入). */
  public static PeriodStart during(LocalDate date, Bilingual event) {
    return new PeriodStart(date, false, event);
  }

  /** A period starting at 0:00 on {@code date}: the first day counts (Art. 140 proviso). */
  public static PeriodStart atMidnight(LocalDate date, Bilingual event) {
    return new PeriodStart(date, true, event);
  }

  /** An event at {@code instant}: at midnight in Japan the first day counts, otherwise not. */
  public static PeriodStart at(Instant instant, Bilingual event) {
    LocalDate date = JapanTime.dateOf(instant);
    boolean midnight = date.atStartOfDay(JapanTime.ZONE).toInstant().equals(instant);
    return new PeriodStart(date, midnight, event);
  }

  /** The first day of reckoning (起算日): the start date, or the day after it. */
  public LocalDate reckoningFrom() {
    return firstDayCounted ? date : date.plusDays(1);
  }
}
