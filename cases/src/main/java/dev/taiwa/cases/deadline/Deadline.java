package dev.taiwa.cases.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A deadline computed by a pure function of its rule, start, pauses and calendar.
 *
 * <p>Pauses extend the period by the paused days that fall inside it (from the reckoning day to the
 * end of the period as extended so far, repeated until it no longer moves): calendar days for DAYS,
 * MONTHS and YEARS periods, working days for WORKING_DAYS periods; a day covered by two overlapping
 * pauses counts once. The roll-forward to a working day, where the rule has one, comes last. A
 * period counted back from its start (BEFORE) takes no pauses.
 */
public final class Deadline {
  private final DeadlineRule rule;
  private final PeriodStart start;
  private final List<Pause> pauses;
  private final AdministrativeCalendar calendar;
  private final int dueSoonWorkingDays;
  private final LocalDate periodEnd;
  private final long pausedDays;
  private final LocalDate extendedEnd;
  private final LocalDate due;
  private final LocalDate metOn;

  private Deadline(
      DeadlineRule rule,
      PeriodStart start,
      List<Pause> pauses,
      AdministrativeCalendar calendar,
      int dueSoonWorkingDays,
      LocalDate metOn) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.start = Objects.requireNonNull(start, "start");
    this.pauses = List.copyOf(pauses);
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.dueSoonWorkingDays = dueSoonWorkingDays;
    this.metOn = metOn;
    if (rule.direction() == PeriodDirection.BEFORE && !this.pauses.isEmpty()) {
      throw new IllegalArgumentException(rule.name() + " counts back from its start: no pauses");
    }
    this.periodEnd =
        CivilCodePeriod.lastDay(start, rule.amount(), rule.unit(), rule.direction(), calendar);
    LocalDate extended = periodEnd;
    long paused = 0;
    while (true) {
      long counted = pausedDaysThrough(extended);
      if (counted == paused) {
        break;
      }
      paused = counted;
      extended =
          rule.unit() == PeriodUnit.WORKING_DAYS
              ? calendar.addWorkingDays(periodEnd, Math.toIntExact(paused))
              : periodEnd.plusDays(paused);
    }
    this.pausedDays = paused;
    this.extendedEnd = extended;
    this.due = rule.rollForwardToWorkingDay() ? calendar.nextWorkingDay(extendedEnd) : extendedEnd;
  }

  /** The deadline of {@code rule} from {@code start}, DUE_SOON 5 working days ahead. */
  public static Deadline compute(
      DeadlineRule rule, PeriodStart start, List<Pause> pauses, AdministrativeCalendar calendar) {
    return compute(rule, start, pauses, calendar, DeadlineRules.DEFAULT_DUE_SOON_WORKING_DAYS);
  }

  public static Deadline compute(
      DeadlineRule rule,
      PeriodStart start,
      List<Pause> pauses,
      AdministrativeCalendar calendar,
      int dueSoonWorkingDays) {
    return new Deadline(rule, start, pauses, calendar, dueSoonWorkingDays, null);
  }

  private long pausedDaysThrough(LocalDate end) {
    if (pauses.isEmpty()) {
      return 0;
    }
    long count = 0;
    for (LocalDate day = start.reckoningFrom(); !day.isAfter(end); day = day.plusDays(1)) {
      LocalDate d = day;
      boolean paused = pauses.stream().anyMatch(p -> p.covers(d));
      if (paused && (rule.unit() != PeriodUnit.WORKING_DAYS || calendar.isWorkingDay(d))) {
        count++;
      }
    }
    return count;
  }

  /** This deadline, met on {@code date}. */
  public Deadline metOn(LocalDate date) {
    Objects.requireNonNull(date, "date met");
    return new Deadline(rule, start, pauses, calendar, dueSoonWorkingDays, date);
  }

  public DeadlineStatus status(LocalDate today) {
    if (metOn != null) {
      return DeadlineStatus.MET;
    }
    if (today.isAfter(due)) {
      return DeadlineStatus.OVERDUE;
    }
    return due.isAfter(calendar.addWorkingDays(today, dueSoonWorkingDays))
        ? DeadlineStatus.OPEN
        : DeadlineStatus.DUE_SOON;
  }

  /** Met after the due date. */
  public boolean metLate() {
    return metOn != null && metOn.isAfter(due);
  }

  /** One English sentence with the arithmetic, the rule and its legal reference. */
  public String explanation() {
    return DeadlineExplanation.english(this);
  }

  /** The same in Japanese, for documents. */
  public String explanationJa() {
    return DeadlineExplanation.japanese(this);
  }

  public DeadlineRule rule() {
    return rule;
  }

  public PeriodStart start() {
    return start;
  }

  public List<Pause> pauses() {
    return pauses;
  }

  /** The last day of the period by the Civil Code, before pauses and roll-forward. */
  public LocalDate periodEnd() {
    return periodEnd;
  }

  /** Distinct paused days (working days for WORKING_DAYS periods) that extended the period. */
  public long pausedDays() {
    return pausedDays;
  }

  /** The last day after pauses, before roll-forward. */
  public LocalDate extendedEnd() {
    return extendedEnd;
  }

  public LocalDate due() {
    return due;
  }

  public Optional<LocalDate> metDate() {
    return Optional.ofNullable(metOn);
  }

  AdministrativeCalendar calendar() {
    return calendar;
  }
}
