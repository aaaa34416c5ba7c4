package dev.taiwa.cases.patent.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SendingWithinScreeningPeriodTest {
  /** Filed 2026-08-01: three months end on 2026-11-01. */
  private static final LocalDate DUE = LocalDate.of(2026, 11, 1);

  @Test
  void anApplicationMayBeSentUpToTheLastDayOfItsScreeningPeriod() {
    assertEquals(
        Optional.empty(),
        SendingWithinScreeningPeriod.refusal(DUE, false, LocalDate.of(2026, 11, 1)));
  }

  @Test
  void theDayAfterTheScreeningPeriodItCanNoLongerBeSent() {
    Rejection refusal =
        SendingWithinScreeningPeriod.refusal(DUE, false, LocalDate.of(2026, 11, 2)).orElseThrow();

    assertEquals(ErrorCode.SCREENING_PERIOD_ENDED, refusal.code());
    assertTrue(refusal.message().contains(SendingWithinScreeningPeriod.LEGAL_REFERENCE));
  }

  @Test
  void anApplicationWhoseNoticeOfNonSendingWasIssuedCanNoLongerBeSent() {
    assertEquals(
        ErrorCode.SCREENING_PERIOD_ENDED,
        SendingWithinScreeningPeriod.refusal(DUE, true, LocalDate.of(2026, 10, 1))
            .orElseThrow()
            .code());
  }
}
