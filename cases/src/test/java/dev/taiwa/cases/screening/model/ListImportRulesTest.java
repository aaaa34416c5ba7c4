package dev.taiwa.cases.screening.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListImportRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  private static final String SHA = "0f".repeat(32);

  private static ListEntry entry(String ref, String name) {
    return new ListEntry(ref, name, List.of(), "China", "M", null);
  }

  private static List<String> codes(List<Rejection> problems) {
    return problems.stream().map(r -> r.code() + " " + r.field()).toList();
  }

  @Test
  void aPublishedListWithNamedEntriesIsAccepted() {
    NewListVersion draft =
        new NewListVersion(
            ListSource.END_USER_LIST, TODAY, SHA, List.of(entry("1", "Pamir Trade Services")));

    assertEquals(List.of(), ListImportRules.problems(draft, TODAY, false));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    NewListVersion draft =
        new NewListVersion(
            ListSource.END_USER_LIST,
            TODAY.plusDays(1),
            "not a hash",
            List.of(entry("1", "A"), entry("1", " ")));

    assertEquals(
        List.of(
            ErrorCode.INVALID_VALUE + " publishedOn",
            ErrorCode.INVALID_VALUE + " sha256",
            ErrorCode.DUPLICATE + " entries[1].ref",
            ErrorCode.REQUIRED + " entries[1].name"),
        codes(ListImportRules.problems(draft, TODAY, false)));
  }

  @Test
  void aFileImportedBeforeAndAnEmptyListAreRefused() {
    NewListVersion draft =
        new NewListVersion(ListSource.CONSOLIDATED_SCREENING_LIST, TODAY, SHA, List.of());

    assertEquals(
        List.of(ErrorCode.REQUIRED + " entries", ErrorCode.DUPLICATE + " sha256"),
        codes(ListImportRules.problems(draft, TODAY, true)));
  }
}
