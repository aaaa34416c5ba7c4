package dev.taiwa.service.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.deadline.AdministrativeCalendar;
import dev.taiwa.cases.deadline.DeadlineRule;
import dev.taiwa.cases.deadline.DeadlineRules;
import io.micronaut.context.env.DefaultEnvironment;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deadline rule amounts, the due-soon window and the calendar come from {@code taiwa.rules.*}. */
class DeadlineConfigurationTest {
  private final DeadlineFactory factory = new DeadlineFactory();

  private static Environment environment(Map<String, Object> properties) {
    DefaultEnvironment environment = new DefaultEnvironment(() -> List.of("configtest"));
    environment.addPropertySource(PropertySource.of("configtest", properties));
    environment.start();
    return environment;
  }

  @Test
  void withoutConfigurationTheRulesAreTheCataloguesDefaults() {
    DeadlineRules rules = factory.deadlineRules(environment(Map.of()));

    assertEquals(DeadlineRules.defaults().all(), rules.all());
    assertEquals(DeadlineRules.DEFAULT_DUE_SOON_WORKING_DAYS, rules.dueSoonWorkingDays());
  }

  @Test
  void aConfiguredAmountReplacesTheRulesDefault() {
    DeadlineRules rules =
        factory.deadlineRules(
            environment(
                Map.of(
                    "taiwa.rules.deadlines.dialogue-company-reply-days", "21",
                    "taiwa.rules.deadlines.due-soon-working-days", "3")));

    assertEquals(21, rules.rule(DeadlineRules.COMPANY_REPLY).amount());
    assertEquals(3, rules.dueSoonWorkingDays());
    assertEquals(30, rules.rule(DeadlineRules.LICENCE_APPLICATION).amount());
  }

  @Test
  void everyRuleOfTheCatalogueHasAConfigurationKey() {
    assertEquals(
        DeadlineRules.defaults().all().stream()
            .map(DeadlineRule::name)
            .filter(name -> !DeadlineRuleKeys.SET_PER_DEADLINE.contains(name))
            .toList(),
        List.copyOf(DeadlineRuleKeys.byRule().keySet()));
  }

  @Test
  void readmesNamedRulesListEveryRuleWithItsKeyAndDefault() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    for (DeadlineRule rule : DeadlineRules.defaults().all()) {
      if (DeadlineRuleKeys.SET_PER_DEADLINE.contains(rule.name())) {
        continue;
      }
      String key = DeadlineRuleKeys.byRule().get(rule.name());
      String row = "| `" + rule.name() + "` | `" + key + "` | " + rule.amount() + " |";
      assertTrue(readme.contains(row), "README lacks the row " + row);
    }
  }

  @Test
  void configuredClosuresAndOpenDaysChangeTheCalendar() {
    AdministrativeCalendar calendar =
        factory.administrativeCalendar(
            environment(
                Map.of(
                    "taiwa.rules.calendar.extra-closures", "2026-06-10",
                    "taiwa.rules.calendar.declared-open", "2026-12-29")));

    assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 6, 10)));
    assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 12, 29)));
    assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 6, 11)));
  }
}
