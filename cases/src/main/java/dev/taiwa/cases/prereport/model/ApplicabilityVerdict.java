package dev.taiwa.cases.prereport.model;

/** Whether a planned transfer must be pre-reported. */
public enum ApplicabilityVerdict {
  REPORTABLE("報告対象"),
  NOT_REPORTABLE("対象外"),
  UNCERTAIN("不明");

  private final String pointJa;

  ApplicabilityVerdict(String pointJa) {
    this.pointJa = pointJa;
  }

  /** What one reason concluded, short, in Japanese (報告対象, 対象外, 不明). */
  public String pointJa() {
    return pointJa;
  }
}
