package dev.taiwa.cases.patent.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiftingNoticeDateTest {
  private static final LocalDate DESIGNATED = LocalDate.of(2026, 3, 2);
  private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

  private static List<ErrorCode> codes(LocalDate noticeDate) {
    return LiftingNoticeDate.problems(noticeDate, DESIGNATED, TODAY).stream()
        .map(Rejection::code)
        .toList();
  }

  @Test
  void aNoticeGivenTodayOrEarlierSinceTheDesignationIsRecorded() {
    assertEquals(List.of(), codes(TODAY));
    assertEquals(List.of(), codes(DESIGNATED));
  }

  @Test
  void aNoticeDatedInTheFutureIsRefused() {
    List<Rejection> problems = LiftingNoticeDate.problems(TODAY.plusDays(1), DESIGNATED, TODAY);

    assertEquals(List.of(ErrorCode.INVALID_VALUE), codes(TODAY.plusDays(1)));
    assertEquals("noticeDate", problems.get(0).field());
  }

  @Test
  void aNoticeBeforeTheDesignationOrNoneAtAllIsRefused() {
    assertEquals(List.of(ErrorCode.INVALID_VALUE), codes(DESIGNATED.minusDays(1)));
    assertEquals(List.of(ErrorCode.REQUIRED), codes(null));
  }
}
