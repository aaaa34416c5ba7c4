package dev.taiwa.cases.patent.model;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import java.time.LocalDate;
import java.util.List;

/**
 * The year of a 特願 number is the year the patent office received the application, so it equals the
 * year of its filing date. Two routes carry a filing date that can be earlier than their arrival: a
 * PCT application entering the national phase keeps its international filing date, and a divisional
 * application may be registered with its parent's filing date (Patent Act Art. 44(2)); their
 * number's year is then the entry year, never earlier than the filing year. The numbering is the
 * patent office's practice, not a statute: a reading, see the README's "Legal citations".
 */
public final class ApplicationNumberYear {
  public static final String LEGAL_REFERENCE = "特許庁の出願番号の付番（運用、法令上の規定ではない）";

  private ApplicationNumberYear() {}

  /** What is wrong with {@code number}'s year for an application filed on {@code filingDate}. */
  public static List<Rejection> problems(
      ApplicationNumber number, LocalDate filingDate, FilingRoute route) {
    if (number == null || filingDate == null || route == null) {
      return List.of();
    }
    boolean mayArriveLater =
        route == FilingRoute.PCT_NATIONAL_PHASE || route == FilingRoute.DIVISIONAL;
    int filingYear = filingDate.getYear();
    if (number.year() == filingYear || (mayArriveLater && number.year() > filingYear)) {
      return List.of();
    }
    return List.of(
        Rejection.onField(
            ErrorCode.INVALID_VALUE,
            "applicationNumber",
            mayArriveLater
                ? "出願番号の年（" + number.year() + "）が出願日の年（" + filingYear + "）より前です"
                : "出願番号の年（" + number.year() + "）は出願日の年（" + filingYear + "）と一致させてください"));
  }
}
