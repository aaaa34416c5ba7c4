package dev.taiwa.cases.deadline;

import dev.taiwa.cases.kernel.Bilingual;
import dev.taiwa.cases.kernel.JapanTime;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Writes a {@link Deadline}'s arithmetic as one English sentence or one Japanese passage. */
final class DeadlineExplanation {
  private static final String WEEKDAYS_JA = "月火水木金土日";

  private DeadlineExplanation() {}

  static String english(Deadline d) {
    DeadlineRule rule = d.rule();
    PeriodStart start = d.start();
    StringBuilder s = new StringBuilder("Due ").append(d.due()).append(": ");
    s.append(rule.unit().describe(rule.amount()));
    s.append(rule.direction() == PeriodDirection.BEFORE ? " before " : " from ");
    s.append(start.event().en()).append(" on ").append(start.date());
    if (rule.direction() == PeriodDirection.AFTER && start.firstDayCounted()) {
      s.append(", counting that day as the period starts at midnight");
    }
    s.append(" (rule ").append(rule.name()).append(", ").append(rule.legalReference().en());
    s.append("); the period ends on ");
    if (d.pausedDays() > 0) {
      s.append(d.periodEnd()).append(", and ");
      s.append(d.pausedDays()).append(" paused ");
      s.append(rule.unit() == PeriodUnit.WORKING_DAYS ? "working " : "");
      s.append(d.pausedDays() == 1 ? "day (" : "days (")
          .append(pausesEn(d))
          .append(") move it to ");
    }
    LocalDate end = d.extendedEnd();
    Optional<Bilingual> closure = d.calendar().closure(end);
    if (closure.isEmpty()) {
      s.append(end).append(", a working day.");
      return s.toString();
    }
    s.append(dayEn(end)).append(namedClosureEn(end, closure.get())).append(", not a working day");
    if (rule.rollForwardToWorkingDay()) {
      s.append(", so it moves to the next working day, ").append(dayEn(d.due())).append('.');
    } else {
      s.append("; this rule does not move to a working day.");
    }
    return s.toString();
  }

  static String japanese(Deadline d) {
    DeadlineRule rule = d.rule();
    PeriodStart start = d.start();
    StringBuilder s = new StringBuilder("期限 ").append(dayJa(d.due())).append("：");
    s.append(dateJa(start.date())).append("の").append(start.event().ja());
    if (rule.direction() == PeriodDirection.BEFORE) {
      s.append("の").append(rule.unit().describeJa(rule.amount())).append("前（");
    } else {
      s.append("から").append(rule.unit().describeJa(rule.amount())).append("（");
      s.append(start.firstDayCounted() ? "初日算入（午前零時から起算）、" : "初日不算入、");
    }
    s.append(rule.legalReference().ja());
    s.append("）。期間の末日は").append(dayJa(d.periodEnd()));
    if (d.pausedDays() > 0) {
      s.append("、停止期間").append(rule.unit().describeJa(d.pausedDays()));
      s.append("（").append(pausesJa(d)).append("）を加えて").append(dayJa(d.extendedEnd()));
    }
    LocalDate end = d.extendedEnd();
    Optional<Bilingual> closure = d.calendar().closure(end);
    if (closure.isEmpty()) {
      return s.append("で、開庁日です。").toString();
    }
    s.append("。同日は行政機関の休日（").append(closure.get().ja()).append("）");
    if (rule.rollForwardToWorkingDay()) {
      s.append("のため、翌開庁日の").append(dayJa(d.due())).append("が期限です。");
    } else {
      s.append("ですが、この規則では開庁日への繰延べはありません。");
    }
    return s.toString();
  }

  private static String pausesEn(Deadline d) {
    return d.pauses().stream()
        .map(
            p ->
                p.reason()
                    + ", "
                    + p.from()
                    + (p.stillOpen() ? " to today, still open" : " to " + p.through()))
        .collect(Collectors.joining("; "));
  }

  private static String pausesJa(Deadline d) {
    return d.pauses().stream()
        .map(
            p ->
                p.reason()
                    + "："
                    + dateJa(p.from())
                    + "～"
                    + (p.stillOpen() ? "本日（継続中）" : dateJa(p.through())))
        .collect(Collectors.joining("、"));
  }

  private static String dayEn(LocalDate date) {
    return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date;
  }

  /** " (Constitution Memorial Day)", or nothing when the closure is just the weekday. */
  private static String namedClosureEn(LocalDate date, Bilingual closure) {
    String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return closure.en().equals(weekday) ? "" : " (" + closure.en() + ")";
  }

  private static String dateJa(LocalDate date) {
    return JapanTime.written(date);
  }

  private static String dayJa(LocalDate date) {
    return dateJa(date) + "（" + WEEKDAYS_JA.charAt(date.getDayOfWeek().getValue() - 1) + "）";
  }
}
