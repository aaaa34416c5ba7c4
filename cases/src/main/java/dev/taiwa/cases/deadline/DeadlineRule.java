package dev.taiwa.cases.deadline;

import dev.taiwa.cases.kernel.Bilingual;
import java.util.Objects;

/**
 * A named period rule: {@code amount} {@code unit}s after (or before) a start event, with its legal
 * reference in English and Japanese, and whether a period ending on a closed day moves to the next
 * working day (Act on Holidays of Administrative Organs Art. 2: periods owed to an administrative
 * office).
 */
public record DeadlineRule(
    String name,
    Bilingual legalReference,
    long amount,
    PeriodUnit unit,
    boolean rollForwardToWorkingDay,
    PeriodDirection direction) {

  public DeadlineRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(legalReference, "legal reference");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(direction, "direction");
    if (amount < 1) {
      throw new IllegalArgumentException(name + ": a period lasts at least 1 " + unit);
    }
    if (rollForwardToWorkingDay && direction == PeriodDirection.BEFORE) {
      throw new IllegalArgumentException(name + ": only a period after its start rolls forward");
    }
  }

  /** A period running forward from its start event. */
  public DeadlineRule(
      String name,
      Bilingual legalReference,
      long amount,
      PeriodUnit unit,
      boolean rollForwardToWorkingDay) {
    this(name, legalReference, amount, unit, rollForwardToWorkingDay, PeriodDirection.AFTER);
  }

  /** The same rule with another amount (configuration, or a period set per query by officials). */
  public DeadlineRule withAmount(long newAmount) {
    return new DeadlineRule(
        name, legalReference, newAmount, unit, rollForwardToWorkingDay, direction);
  }
}
