package dev.taiwa.cases.prereport.model;

import static dev.taiwa.cases.prereport.model.LeadTime.LeadTimeStatus.LATE;
import static dev.taiwa.cases.prereport.model.LeadTime.LeadTimeStatus.ON_TIME;
import static dev.taiwa.cases.prereport.model.LeadTime.LeadTimeStatus.SHORT_NOTICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.prereport.model.LeadTime.LeadTimeStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadTimePolicyTest {
  private static final LocalDate FILED = LocalDate.of(2026, 11, 22);
  private final LeadTimePolicy policy = new LeadTimePolicy(PreReportRules.defaults());

  @ParameterizedTest(name = "{0} days ahead -> {1}")
  @CsvSource({
    "60, ON_TIME",
    "30, ON_TIME",
    "29, SHORT_NOTICE",
    "1, SHORT_NOTICE",
    "0, LATE",
    "-3, LATE"
  })
  void judgesTheCalendarDaysBetweenFilingAndThePlannedDate(long days, LeadTimeStatus expected) {
    LeadTime leadTime = policy.assess(FILED, FILED.plusDays(days), PlannedDateKind.CONTRACT);

    assertEquals(expected, leadTime.status());
    assertEquals(days, leadTime.daysBeforePlannedDate());
  }

  @Test
  void explainsTheArithmeticAndTheRuleInOneSentence() {
    LeadTime leadTime = policy.assess(FILED, LocalDate.of(2026, 12, 10), PlannedDateKind.CONTRACT);

    assertEquals(SHORT_NOTICE, leadTime.status());
    assertEquals(
        "Filed 2026-11-22, 18 days before the planned contract date 2026-12-10; rule"
            + " prereport.recommendedLeadDays recommends at least 30 days (METI guidance 原則30日),"
            + " so the report is SHORT_NOTICE.",
        leadTime.explanation());
    assertEquals(
        "2026年11月22日の提出で、予定の契約日（2026年12月10日）の18日前です。規則"
            + " prereport.recommendedLeadDays は30日以上前の報告を推奨しているため（経済産業省の運用"
            + " 原則30日）、「推奨日数より直前の報告」です。",
        leadTime.explanationJa());
  }

  @Test
  void explainsAReportFiledOnThePlannedDate() {
    LeadTime leadTime = policy.assess(FILED, FILED, PlannedDateKind.AGREEMENT);

    assertEquals(LATE, leadTime.status());
    assertEquals(
        "Filed 2026-11-22, on the planned agreement date 2026-11-22; rule"
            + " prereport.recommendedLeadDays recommends at least 30 days (METI guidance 原則30日),"
            + " so the report is LATE.",
        leadTime.explanation());
    assertEquals(
        "2026年11月22日の提出で、予定の合意日（2026年11月22日）の当日です。規則"
            + " prereport.recommendedLeadDays は30日以上前の報告を推奨しているため（経済産業省の運用"
            + " 原則30日）、「予定日以後の報告」です。",
        leadTime.explanationJa());
  }

  @Test
  void explainsAReportFiledAfterThePlannedDate() {
    LeadTime leadTime = policy.assess(FILED, FILED.minusDays(1), PlannedDateKind.INTERNAL_DECISION);

    assertEquals(
        "Filed 2026-11-22, 1 day after the planned internal decision date (社内意思決定) 2026-11-21;"
            + " rule prereport.recommendedLeadDays recommends at least 30 days (METI guidance"
            + " 原則30日), so the report is LATE.",
        leadTime.explanation());
    assertTrue(
        leadTime.explanationJa().startsWith("2026年11月22日の提出で、予定の社内意思決定日（2026年11月21日）の1日後です。"),
        leadTime.explanationJa());
  }

  @Test
  void followsTheConfiguredNumberOfDays() {
    LeadTimePolicy longer =
        new LeadTimePolicy(
            new PreReportRules(45, ApplicabilityVerdict.UNCERTAIN, ApplicabilityVerdict.UNCERTAIN));

    assertEquals(SHORT_NOTICE, longer.assess(FILED, FILED.plusDays(44), null).status());
    assertEquals(ON_TIME, longer.assess(FILED, FILED.plusDays(45), null).status());
    assertTrue(
        longer.assess(FILED, FILED.plusDays(45), null).explanationJa().contains("45日以上前の報告を推奨"));
  }
}
