package dev.taiwa.service.wiring;

import dev.taiwa.cases.deadline.AdministrativeCalendar;
import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.TrackedDeadlines;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The deadline engine's beans: the rule catalogue, the administrative calendar, the ledger. */
@Factory
final class DeadlineFactory {

  @Singleton
  DeadlineRules deadlineRules() {
    return DeadlineRules.defaults();
  }

  @Singleton
  AdministrativeCalendar administrativeCalendar() {
    return AdministrativeCalendar.standard();
  }

  @Singleton
  DeadlineLedger deadlineLedger(
      TrackedDeadlines store, DeadlineRules rules, AdministrativeCalendar calendar, Clock clock) {
    return new DeadlineLedger(store, rules, calendar, clock);
  }
}
