package dev.taiwa.cases.prereport.model;

/** What settles the transfer on the planned date: the report is due before it. */
public enum PlannedDateKind {
  CONTRACT("契約日"),
  AGREEMENT("合意日"),
  INTERNAL_DECISION("社内意思決定日");

  private final String nameJa;

  PlannedDateKind(String nameJa) {
    this.nameJa = nameJa;
  }

  /** The date's name in Japanese (契約日, 合意日, 社内意思決定日). */
  public String nameJa() {
    return nameJa;
  }
}
