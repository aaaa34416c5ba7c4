package dev.taiwa.service.wiring;

import dev.taiwa.cases.deadline.AdministrativeCalendar;
import dev.taiwa.cases.deadline.Bilingual;
import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.JapaneseHolidays;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.TrackedDeadlines;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deadline engine's beans: the rule catalogue (each amount and the due-soon window from {@code
 * taiwa.rules.*}, see {@link DeadlineRuleKeys}), the administrative calendar (with configured extra
 * closures and days declared open), the ledger.
 */
@Factory
final class DeadlineFactory {
  private static final Bilingual CONFIGURED_CLOSURE =
      new Bilingual("configured closure of the offices", "設定された閉庁日");

  @Singleton
  DeadlineRules deadlineRules(Environment environment) {
    DeadlineRules rules = DeadlineRules.defaults();
    for (Map.Entry<String, String> key : DeadlineRuleKeys.byRule().entrySet()) {
      var configured = environment.getProperty(key.getValue(), Long.class);
      if (configured.isPresent()) {
        rules = rules.withAmount(key.getKey(), configured.get());
      }
    }
    var dueSoon = environment.getProperty(DeadlineRuleKeys.DUE_SOON_WORKING_DAYS, Integer.class);
    return dueSoon.isPresent() ? rules.withDueSoonWorkingDays(dueSoon.get()) : rules;
  }

  @Singleton
  AdministrativeCalendar administrativeCalendar(Environment environment) {
    Map<LocalDate, Bilingual> closures = new LinkedHashMap<>();
    for (LocalDate day : dates(environment, DeadlineRuleKeys.EXTRA_CLOSURES)) {
      closures.put(day, CONFIGURED_CLOSURE);
    }
    return new AdministrativeCalendar(
        JapaneseHolidays.standard(),
        closures,
        new HashSet<>(dates(environment, DeadlineRuleKeys.DECLARED_OPEN)));
  }

  @Singleton
  DeadlineLedger deadlineLedger(
      TrackedDeadlines store, DeadlineRules rules, AdministrativeCalendar calendar, Clock clock) {
    return new DeadlineLedger(store, rules, calendar, clock);
  }

  private static List<LocalDate> dates(Environment environment, String key) {
    return environment.getProperty(key, Argument.listOf(LocalDate.class)).orElse(List.of());
  }
}
