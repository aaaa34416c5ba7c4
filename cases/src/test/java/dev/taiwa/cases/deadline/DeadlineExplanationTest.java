package dev.taiwa.cases.deadline;

import static dev.taiwa.cases.deadline.DeadlineFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.Bilingual;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a deadline says about itself, in English and Japanese, and the dates it lands on. */
class DeadlineExplanationTest {

  @Test
  void aPeriodEndingOnAWorkingDayIsDueThatDayAndSaysSo() {
    Deadline screening = deadline(DeadlineRules.FIRST_SCREENING, FILING, "2026-01-15");

    assertEquals(day("2026-04-15"), screening.due());
    assertEquals(
        "Due 2026-04-15: 3 months from filing on 2026-01-15 (rule patent.firstScreeningMonths,"
            + " Economic Security Promotion Act Art. 66); the period ends on 2026-04-15, a working"
            + " day.",
        screening.explanation());
    assertEquals(
        "期限 2026年4月15日（水）：2026年1月15日の出願から3か月（初日不算入、" + "経済安全保障推進法第66条）。期間の末日は2026年4月15日（水）で、開庁日です。",
        screening.explanationJa());
  }

  @Test
  void aPeriodOwedToTheOfficeEndingOnAHolidayMovesToTheNextWorkingDay() {
    Deadline request = deadline(DeadlineRules.EXAMINATION_AFTER_LIFTING, LIFTING, "2026-02-03");

    assertEquals(day("2026-05-03"), request.periodEnd());
    assertEquals(day("2026-05-07"), request.due());
    assertEquals(
        "Due 2026-05-07: 3 months from lifting notice on 2026-02-03 (rule"
            + " patent.examinationAfterLiftingMonths, Economic Security Promotion Act Art. 82); the period"
            + " ends on"
            + " Sunday 2026-05-03 (Constitution Memorial Day), not a working day, so it moves to the"
            + " next working day, Thursday 2026-05-07.",
        request.explanation());
    assertEquals(
        "期限 2026年5月7日（木）：2026年2月3日の解除通知から3か月（初日不算入、"
            + "経済安全保障推進法第82条）。期間の末日は2026年5月3日（日）。"
            + "同日は行政機関の休日（憲法記念日）のため、翌開庁日の2026年5月7日（木）が期限です。",
        request.explanationJa());
  }

  @Test
  void theOfficesOwnPeriodDoesNotMoveOffAHoliday() {
    Deadline screening = deadline(DeadlineRules.FIRST_SCREENING, FILING, "2026-02-03");

    assertEquals(day("2026-05-03"), screening.due());
    assertTrue(
        screening
            .explanation()
            .endsWith(
                "Sunday 2026-05-03 (Constitution Memorial Day), not a working day; this rule does"
                    + " not move to a working day."),
        screening.explanation());
  }

  @Test
  void aPeriodEndingInTheYearEndClosureRollsToTheFirstWorkingDayOfJanuary() {
    Deadline reply = deadline(DeadlineRules.COMPANY_REPLY, QUERY_SENT, "2026-12-16");

    assertEquals(day("2026-12-30"), reply.periodEnd());
    assertEquals(day("2027-01-04"), reply.due());
    assertTrue(
        reply
            .explanation()
            .contains(
                "Wednesday 2026-12-30 (year-end and New Year closure, 29 December – 3 January), not"
                    + " a working day, so it moves to the next working day, Monday 2027-01-04."),
        reply.explanation());
  }

  @Test
  void aPeriodCountedBackFromThePlannedDateIsDueThatManyDaysBefore() {
    Deadline lead =
        deadline(
            DeadlineRules.PRE_REPORT_LEAD,
            new Bilingual("the planned contract", "契約予定日"),
            "2026-12-10");

    assertEquals(day("2026-11-10"), lead.due());
    assertTrue(
        lead.explanation()
            .startsWith("Due 2026-11-10: 30 days before the planned contract on 2026-12-10"),
        lead.explanation());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            deadline(
                DeadlineRules.PRE_REPORT_LEAD,
                FILING,
                "2026-12-10",
                Pause.closed(day("2026-11-01"), day("2026-11-02"), "no")));
  }

  static List<DeadlineRule> everyRule() {
    return RULES.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyRule")
  void everyDeadlineExplainsItselfWithItsRuleStartDueDateAndLegalReference(DeadlineRule rule) {
    Deadline deadline =
        Deadline.compute(rule, PeriodStart.during(day("2026-07-01"), FILING), List.of(), CALENDAR);

    String english = deadline.explanation();
    assertTrue(english.startsWith("Due " + deadline.due() + ": "), english);
    assertTrue(english.contains("rule " + rule.name()), english);
    assertTrue(english.contains(rule.legalReference().en()), english);
    assertTrue(english.contains("filing on 2026-07-01"), english);
    assertTrue(english.endsWith("."), english);
    assertFalse(
        Pattern.compile("(?<!Art)\\.\\s").matcher(english).find(), "one sentence: " + english);
    String japanese = deadline.explanationJa();
    assertFalse(japanese.contains(rule.name()), "no internal rule key in Japanese: " + japanese);
    assertTrue(japanese.contains(rule.legalReference().ja()), japanese);
    assertTrue(japanese.contains("2026年7月1日の出願"), japanese);
  }
}
