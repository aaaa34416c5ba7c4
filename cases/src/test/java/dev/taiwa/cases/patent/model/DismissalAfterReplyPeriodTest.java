package dev.taiwa.cases.patent.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dismissal for want of a reply waits until the prior notice's reply period has ended. */
class DismissalAfterReplyPeriodTest {
  private static final LocalDate DUE = LocalDate.of(2026, 12, 14);

  @Test
  void isRefusedUpToAndOnTheReplysLastDayWithTheDayAndTheReference() {
    for (LocalDate today : new LocalDate[] {DUE.minusDays(14), DUE.minusDays(1), DUE}) {
      Rejection refusal = DismissalAfterReplyPeriod.refusal(DUE, today).orElseThrow();
      assertEquals(ErrorCode.REPLY_PERIOD_NOT_ENDED, refusal.code(), today.toString());
      assertTrue(refusal.message().contains("2026-12-14まで"), refusal.message());
      assertTrue(refusal.message().contains(DismissalAfterReplyPeriod.LEGAL_REFERENCE));
    }
  }

  @Test
  void isAllowedFromTheDayAfterTheReplysLastDay() {
    assertFalse(DismissalAfterReplyPeriod.refusal(DUE, DUE.plusDays(1)).isPresent());
    assertFalse(DismissalAfterReplyPeriod.refusal(DUE, DUE.plusYears(1)).isPresent());
  }

  @Test
  void isAllowedWhenNoReplyIsOpen() {
    assertFalse(DismissalAfterReplyPeriod.refusal(null, DUE).isPresent());
  }
}
