package dev.taiwa.cases.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.ReadmeSection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * README's rule table names every default rule, in order, with its amount, roll-forward and legal
 * reference (the rule's English reference, word for word).
 */
class ReadmeDeadlineRulesTest {

  @Test
  void theReadmeTableListsEveryRuleWithItsAmountAndRollForward() {
    List<String> documented =
        ReadmeSection.named("deadline-rules")
            .lines()
            .skip(2)
            .map(line -> line.split("\\|"))
            .map(
                cells ->
                    cells[1].trim().replace("`", "")
                        + " "
                        + cells[2].trim().split(" ")[0]
                        + " "
                        + cells[3].trim()
                        + " | "
                        + cells[4].trim())
            .toList();
    List<String> rules =
        DeadlineRules.defaults().all().stream()
            .map(
                r ->
                    r.name()
                        + " "
                        + r.amount()
                        + " "
                        + (r.rollForwardToWorkingDay() ? "yes" : "no")
                        + " | "
                        + r.legalReference().en())
            .toList();

    assertEquals(rules, documented);
  }
}
