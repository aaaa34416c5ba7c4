package dev.taiwa.cases.patent.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ESPA Art. 70: a designation, and each extension, runs for at most one year. */
class DesignationPeriodCapTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  private static final LocalDate LATEST = LocalDate.of(2027, 12, 4);

  private static List<ErrorCode> codes(LocalDate from, LocalDate periodEnd) {
    return DesignationPeriodCap.problems(from, periodEnd, TODAY, LATEST).stream()
        .map(Rejection::code)
        .toList();
  }

  @Test
  void aPeriodEndingWithinOneYearIsAllowedUpToTheLastDay() {
    assertTrue(codes(TODAY, TODAY.plusMonths(6)).isEmpty());
    assertTrue(codes(TODAY, LATEST).isEmpty());
  }

  @Test
  void aPeriodBeyondOneYearIsRefusedCitingArticle70() {
    List<Rejection> problems =
        DesignationPeriodCap.problems(TODAY, LATEST.plusDays(1), TODAY, LATEST);

    assertEquals(List.of(ErrorCode.INVALID_VALUE), problems.stream().map(Rejection::code).toList());
    assertEquals("periodEnd", problems.get(0).field());
    assertTrue(problems.get(0).message().contains(DesignationPeriodCap.LEGAL_REFERENCE));
  }

  @Test
  void aPeriodEndThatIsMissingTodayOrBeforeItsStartIsRefused() {
    assertEquals(List.of(ErrorCode.REQUIRED), codes(TODAY, null));
    assertEquals(List.of(ErrorCode.INVALID_VALUE), codes(TODAY, TODAY));
    LocalDate currentEnd = TODAY.plusMonths(3);
    assertEquals(List.of(ErrorCode.INVALID_VALUE), codes(currentEnd, currentEnd.minusDays(1)));
  }
}
