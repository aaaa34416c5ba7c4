package dev.taiwa.cases.prereport.model;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import java.time.LocalDate;
import java.util.List;

/**
 * A pre-report is due before the contract, agreement or internal decision that settles the transfer
 * (外為法 Art. 55-8; a report filed after it is late, domain reference "Timing"). A company that
 * learns of the transfer late must still report, with the true planned date: a report filed on or
 * after its planned date is accepted and flagged LATE by the lead-time rule ({@link
 * LeadTimePolicy}), and must explain why it comes late ({@code lateExplanation}).
 */
public final class LateReportExplanation {
  public static final String LEGAL_REFERENCE = "外為法第55条の8（取引の前の事前報告）";

  private LateReportExplanation() {}

  /** True when a report filed on {@code filingDate} comes on or after its planned date. */
  public static boolean late(PreReportForm form, LocalDate filingDate) {
    return form.plannedDate() != null && !form.plannedDate().isAfter(filingDate);
  }

  /** What a report filed on {@code filingDate} lacks to be filed late. */
  public static List<Rejection> problems(PreReportForm form, LocalDate filingDate) {
    if (!late(form, filingDate)
        || (form.lateExplanation() != null && !form.lateExplanation().isBlank())) {
      return List.of();
    }
    return List.of(
        Rejection.onField(
            ErrorCode.REQUIRED,
            "lateExplanation",
            "The planned date "
                + form.plannedDate()
                + " is not after the filing date "
                + filingDate
                + ": the report is LATE; explain why it comes late ("
                + LEGAL_REFERENCE
                + ")"));
  }
}
