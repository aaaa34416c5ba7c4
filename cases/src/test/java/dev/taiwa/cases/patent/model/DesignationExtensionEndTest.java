package dev.taiwa.cases.patent.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.kernel.Rejection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An extension of a designation ends after the current period end (Art. 70), and says so. */
class DesignationExtensionEndTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  private static final LocalDate CURRENT_END = LocalDate.of(2026, 12, 1);
  private static final LocalDate LATEST = LocalDate.of(2027, 12, 1);

  private static List<String> messages(List<Rejection> problems) {
    return problems.stream().map(Rejection::message).toList();
  }

  @Test
  void anExtensionThatDoesNotEndAfterTheCurrentEndIsToldSoNotThatItShouldLieInTheFuture() {
    List<Rejection> shortening =
        DesignationPeriodCap.forExtension(CURRENT_END, LocalDate.of(2026, 9, 1), TODAY, LATEST);

    assertEquals(List.of("延長後の指定期間の末日は、現在の末日（2026-12-01）より後の日付としてください"), messages(shortening));
    assertEquals("periodEnd", shortening.get(0).field());
    assertEquals(
        1, DesignationPeriodCap.forExtension(CURRENT_END, CURRENT_END, TODAY, LATEST).size());
  }

  @Test
  void anExtensionMayRunAYearFromTheCurrentEnd() {
    assertEquals(List.of(), DesignationPeriodCap.forExtension(CURRENT_END, LATEST, TODAY, LATEST));
    assertEquals(
        1,
        DesignationPeriodCap.forExtension(CURRENT_END, LATEST.plusDays(1), TODAY, LATEST).size());
  }
}
