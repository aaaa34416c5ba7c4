package dev.taiwa.cases.prereport.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The one-page pre-report form (事前報告, 1枚の様式). A draft may be incomplete; submission requires every
 * field but {@code contact.department}, {@code contact.phone} and {@code managementMeasures}.
 */
public record PreReportForm(
    Contact contact,
    List<Integer> technologyNumbers,
    TransactionType transactionType,
    Counterparty counterparty,
    LocalDate plannedDate,
    PlannedDateKind plannedDateKind,
    String technologyDescription,
    String managementMeasures) {
  public PreReportForm {
    technologyNumbers = technologyNumbers == null ? List.of() : List.copyOf(technologyNumbers);
  }

  public static PreReportForm empty() {
    return new PreReportForm(null, List.of(), null, null, null, null, null, null);
  }
}
