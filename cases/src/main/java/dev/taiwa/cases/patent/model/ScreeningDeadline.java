package dev.taiwa.cases.patent.model;

import java.time.LocalDate;

/**
 * When first screening is due: filing date plus {@code patent.screeningMonths} months (Art. 66),
 * counted with {@link LocalDate#plusMonths} (a missing day falls back to the month's last day). The
 * Civil Code counting and the roll-forward over administrative holidays belong to the deadline
 * engine built in parallel; this one object is what gets swapped for it.
 */
public final class ScreeningDeadline {
  private final ScreeningRules rules;

  public ScreeningDeadline(ScreeningRules rules) {
    this.rules = rules;
  }

  public LocalDate dueOn(LocalDate filingDate) {
    return filingDate.plusMonths(rules.screeningMonths());
  }
}
