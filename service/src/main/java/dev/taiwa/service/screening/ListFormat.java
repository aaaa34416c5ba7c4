package dev.taiwa.service.screening;

import dev.taiwa.cases.screening.model.ListSource;

/** The file formats a screening list is imported from, and the list each one carries. */
public enum ListFormat {
  /** METI's 外国ユーザーリスト as its published table, saved as CSV. */
  EUL(ListSource.END_USER_LIST),
  /** The US Consolidated Screening List CSV (trade.gov). */
  CSL(ListSource.CONSOLIDATED_SCREENING_LIST);

  private final ListSource source;

  ListFormat(ListSource source) {
    this.source = source;
  }

  public ListSource source() {
    return source;
  }
}
