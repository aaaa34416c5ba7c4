package dev.taiwa.cases.patent.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApplicationNumberYearTest {
  private static final ApplicationNumber OF_2026 = ApplicationNumber.parse("2026-000123").get();

  private static List<ErrorCode> codes(List<Rejection> problems) {
    return problems.stream().map(Rejection::code).toList();
  }

  @ParameterizedTest
  @EnumSource(FilingRoute.class)
  void aNumberOfTheFilingYearIsRightOnEveryRoute(FilingRoute route) {
    assertEquals(
        List.of(), ApplicationNumberYear.problems(OF_2026, LocalDate.of(2026, 12, 31), route));
  }

  @ParameterizedTest
  @EnumSource(
      value = FilingRoute.class,
      names = {"DIRECT", "PRIORITY_CLAIMING"})
  void aDirectFilingsNumberCarriesItsFilingYear(FilingRoute route) {
    List<Rejection> problems =
        ApplicationNumberYear.problems(OF_2026, LocalDate.of(2025, 12, 31), route);

    assertEquals(List.of(ErrorCode.INVALID_VALUE), codes(problems));
    assertEquals("applicationNumber", problems.get(0).field());
  }

  @ParameterizedTest
  @EnumSource(
      value = FilingRoute.class,
      names = {"PCT_NATIONAL_PHASE", "DIVISIONAL"})
  void aNationalPhaseOrDivisionalNumberMayBeOfALaterYearButNeverAnEarlierOne(FilingRoute route) {
    assertEquals(
        List.of(), ApplicationNumberYear.problems(OF_2026, LocalDate.of(2024, 3, 1), route));
    assertEquals(
        List.of(ErrorCode.INVALID_VALUE),
        codes(ApplicationNumberYear.problems(OF_2026, LocalDate.of(2027, 1, 4), route)));
  }
}
