package dev.taiwa.cases.deadline;

import static dev.taiwa.cases.deadline.DeadlineFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineRulesTest {

  @Test
  void ruleAmountsAreConfigurableByName() {
    DeadlineRules configured = RULES.withAmount(DeadlineRules.COMPANY_REPLY, 21);

    assertEquals(21, configured.rule(DeadlineRules.COMPANY_REPLY).amount());
    assertEquals(14, RULES.rule(DeadlineRules.COMPANY_REPLY).amount());
    assertThrows(RuntimeException.class, () -> RULES.rule("no.such.rule"));
  }

  @Test
  void theDefaultCatalogueHoldsTheNamedRules() {
    assertEquals(
        List.of(
            "prereport.recommendedLeadDays 30 DAYS BEFORE",
            "dialogue.companyReplyDays 14 DAYS AFTER roll",
            "inform.licenceApplicationDays 30 DAYS AFTER roll",
            "officials.stageTargetWorkingDays.review 10 WORKING_DAYS AFTER",
            "officials.stageTargetWorkingDays.dialogue 60 WORKING_DAYS AFTER",
            "patent.firstScreeningMonths 3 MONTHS AFTER",
            "patent.priorNoticeReplyDays 14 DAYS AFTER roll",
            "patent.reviewDecisionTargetMonths 10 MONTHS AFTER",
            "designation.maxPeriodMonths 12 MONTHS AFTER",
            "patent.examinationRequestYears 3 YEARS AFTER roll",
            "patent.examinationAfterLiftingMonths 3 MONTHS AFTER roll",
            "designation.periodEndDays 365 DAYS AFTER"),
        RULES.all().stream()
            .map(
                r ->
                    r.name()
                        + " "
                        + r.amount()
                        + " "
                        + r.unit()
                        + " "
                        + r.direction()
                        + (r.rollForwardToWorkingDay() ? " roll" : ""))
            .toList());
  }
}
