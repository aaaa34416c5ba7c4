package dev.taiwa.cases.deadline;

import dev.taiwa.cases.kernel.Bilingual;
import java.time.LocalDate;
import java.util.List;

/** Defaults for deadline tests: the standard rules and calendar, start events, a date helper. */
final class DeadlineFixture {
  static final DeadlineRules RULES = DeadlineRules.defaults();
  static final AdministrativeCalendar CALENDAR = AdministrativeCalendar.standard();
  static final Bilingual FILING = new Bilingual("filing", "出願");
  static final Bilingual LIFTING = new Bilingual("lifting notice", "解除通知");
  static final Bilingual QUERY_SENT = new Bilingual("query Q-3 sent", "照会Q-3の送付");

  private DeadlineFixture() {}

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  /** The deadline of the named default rule from an event during {@code startDate}. */
  static Deadline deadline(String rule, Bilingual event, String startDate, Pause... pauses) {
    return Deadline.compute(
        RULES.rule(rule), PeriodStart.during(day(startDate), event), List.of(pauses), CALENDAR);
  }
}
