package dev.taiwa.cases.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DeadlineTest {
  private static final DeadlineRules RULES = DeadlineRules.defaults();
  private static final AdministrativeCalendar CALENDAR = AdministrativeCalendar.standard();
  private static final Bilingual FILING = new Bilingual("filing", "出願");
  private static final Bilingual LIFTING = new Bilingual("lifting notice", "解除通知");
  private static final Bilingual QUERY_SENT = new Bilingual("query Q-3 sent", "照会Q-3の送付");

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  private static Deadline deadline(
      String rule, Bilingual event, String startDate, Pause... pauses) {
    return Deadline.compute(
        RULES.rule(rule), PeriodStart.during(day(startDate), event), List.of(pauses), CALENDAR);
  }

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
        "期限 2026年4月15日（水）：2026年1月15日の出願から3か月（初日不算入、規則 patent.firstScreeningMonths、"
            + "経済安全保障推進法第66条）。期間の末日は2026年4月15日（水）で、開庁日です。",
        screening.explanationJa());
  }

  @Test
  void aPeriodOwedToTheOfficeEndingOnAHolidayMovesToTheNextWorkingDay() {
    Deadline request = deadline(DeadlineRules.EXAMINATION_AFTER_LIFTING, LIFTING, "2026-02-03");

    assertEquals(day("2026-05-03"), request.periodEnd());
    assertEquals(day("2026-05-07"), request.due());
    assertEquals(
        "Due 2026-05-07: 3 months from lifting notice on 2026-02-03 (rule"
            + " patent.examinationAfterLiftingMonths, Patent Act Art. 82); the period ends on"
            + " Sunday 2026-05-03 (Constitution Memorial Day), not a working day, so it moves to the"
            + " next working day, Thursday 2026-05-07.",
        request.explanation());
    assertEquals(
        "期限 2026年5月7日（木）：2026年2月3日の解除通知から3か月（初日不算入、規則"
            + " patent.examinationAfterLiftingMonths、特許法第82条）。期間の末日は2026年5月3日（日）。"
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

  @Nested
  class Pauses {
    @Test
    void aClosedQueryExtendsThePeriodByItsCalendarDaysBeforeTheRollForward() {
      Deadline reply =
          deadline(
              DeadlineRules.COMPANY_REPLY,
              QUERY_SENT,
              "2026-03-02",
              Pause.closed(day("2026-03-05"), day("2026-03-09"), "query Q-3 open"));

      assertEquals(day("2026-03-16"), reply.periodEnd());
      assertEquals(5, reply.pausedDays());
      assertEquals(day("2026-03-21"), reply.extendedEnd());
      assertEquals(day("2026-03-23"), reply.due());
      assertEquals(
          "Due 2026-03-23: 14 days from query Q-3 sent on 2026-03-02 (rule"
              + " dialogue.companyReplyDays, set per query by officials; 14 days is an operational"
              + " default); the period ends on 2026-03-16, and 5 paused days (query Q-3 open,"
              + " 2026-03-05 to 2026-03-09) move it to Saturday 2026-03-21, not a working day, so it"
              + " moves to the next working day, Monday 2026-03-23.",
          reply.explanation());
      assertTrue(
          reply
              .explanationJa()
              .contains("停止期間5日（query Q-3 open：2026年3月5日～2026年3月9日）を加えて2026年3月21日（土）"),
          reply.explanationJa());
    }

    @Test
    void overlappingPausesCountEachDayOnce() {
      Deadline reply =
          deadline(
              DeadlineRules.COMPANY_REPLY,
              QUERY_SENT,
              "2026-03-02",
              Pause.closed(day("2026-03-05"), day("2026-03-09"), "query Q-3 open"),
              Pause.closed(day("2026-03-08"), day("2026-03-10"), "query Q-4 open"));

      assertEquals(6, reply.pausedDays());
      assertEquals(day("2026-03-22"), reply.extendedEnd());
    }

    @Test
    void pausesOutsideThePeriodDoNotMoveIt() {
      Deadline reply =
          deadline(
              DeadlineRules.COMPANY_REPLY,
              QUERY_SENT,
              "2026-03-02",
              Pause.closed(day("2026-03-02"), day("2026-03-02"), "on the uncounted first day"),
              Pause.closed(day("2026-04-01"), day("2026-04-10"), "after the period"));

      assertEquals(0, reply.pausedDays());
      assertEquals(day("2026-03-16"), reply.due());
    }

    @Test
    void aPauseEndingNearThePeriodEndPullsInTheDaysItReaches() {
      // 14 days end 2026-03-16; 3 paused days reach into 17–19 March, which are paused too.
      Deadline reply =
          deadline(
              DeadlineRules.COMPANY_REPLY,
              QUERY_SENT,
              "2026-03-02",
              Pause.closed(day("2026-03-14"), day("2026-03-19"), "query Q-5 open"));

      assertEquals(6, reply.pausedDays());
      assertEquals(day("2026-03-22"), reply.extendedEnd());
    }

    @Test
    void aQueryStillOpenKeepsMovingTheDueDateDayByDay() {
      Deadline onTheTwelfth =
          deadline(
              DeadlineRules.COMPANY_REPLY,
              QUERY_SENT,
              "2026-04-01",
              Pause.stillOpen(day("2026-04-06"), day("2026-04-12"), "query Q-3 open"));
      Deadline onTheThirteenth =
          deadline(
              DeadlineRules.COMPANY_REPLY,
              QUERY_SENT,
              "2026-04-01",
              Pause.stillOpen(day("2026-04-06"), day("2026-04-13"), "query Q-3 open"));

      assertEquals(day("2026-04-22"), onTheTwelfth.due());
      assertEquals(day("2026-04-23"), onTheThirteenth.due());
      assertTrue(
          onTheTwelfth.explanation().contains("(query Q-3 open, 2026-04-06 to today, still open)"),
          onTheTwelfth.explanation());
    }

    @Test
    void aWorkingDayPeriodIsExtendedByThePausedWorkingDaysOnly() {
      Deadline review =
          deadline(
              DeadlineRules.REVIEW_STAGE_TARGET,
              new Bilingual("case assigned", "案件の割当て"),
              "2026-06-01",
              Pause.closed(day("2026-06-06"), day("2026-06-09"), "waiting for the applicant"));

      assertEquals(day("2026-06-15"), review.periodEnd());
      assertEquals(2, review.pausedDays());
      assertEquals(day("2026-06-17"), review.due());
      assertTrue(review.explanation().contains("2 paused working days"), review.explanation());
    }
  }

  @Nested
  class Status {
    private final Deadline reply = deadline(DeadlineRules.COMPANY_REPLY, QUERY_SENT, "2026-04-01");

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({
      "2026-04-02, OPEN",
      "2026-04-07, OPEN",
      "2026-04-08, DUE_SOON",
      "2026-04-15, DUE_SOON",
      "2026-04-16, OVERDUE"
    })
    void aDeadlineIsDueSoonWithinFiveWorkingDaysAndOverdueAfterItsDay(
        LocalDate today, DeadlineStatus expected) {
      assertEquals(day("2026-04-15"), reply.due());
      assertEquals(expected, reply.status(today));
    }

    @Test
    void theDueSoonWindowIsConfigurable() {
      Deadline narrow =
          Deadline.compute(
              RULES.rule(DeadlineRules.COMPANY_REPLY),
              PeriodStart.during(day("2026-04-01"), QUERY_SENT),
              List.of(),
              CALENDAR,
              2);

      assertEquals(DeadlineStatus.OPEN, narrow.status(day("2026-04-10")));
      assertEquals(DeadlineStatus.DUE_SOON, narrow.status(day("2026-04-13")));
      Deadline fromTheCatalogue =
          RULES
              .withDueSoonWorkingDays(2)
              .deadline(
                  DeadlineRules.COMPANY_REPLY,
                  PeriodStart.during(day("2026-04-01"), QUERY_SENT),
                  List.of(),
                  CALENDAR);
      assertEquals(DeadlineStatus.OPEN, fromTheCatalogue.status(day("2026-04-10")));
      assertEquals(DeadlineStatus.DUE_SOON, fromTheCatalogue.status(day("2026-04-13")));
    }

    @Test
    void aMetDeadlineStaysMetAndKnowsWhetherItWasLate() {
      Deadline inTime = reply.metOn(day("2026-04-10"));
      Deadline late = reply.metOn(day("2026-04-20"));

      assertEquals(DeadlineStatus.MET, inTime.status(day("2026-05-01")));
      assertFalse(inTime.metLate());
      assertEquals(DeadlineStatus.MET, late.status(day("2026-05-01")));
      assertTrue(late.metLate());
      assertEquals(day("2026-04-20"), late.metDate().orElseThrow());
    }
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
    assertTrue(japanese.contains(rule.name()), japanese);
    assertTrue(japanese.contains(rule.legalReference().ja()), japanese);
    assertTrue(japanese.contains("2026年7月1日の出願"), japanese);
  }

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
            "patent.examinationAfterLiftingMonths 3 MONTHS AFTER roll"),
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
