package dev.taiwa.cases.screening.model;

import dev.taiwa.cases.kernel.Bilingual;

/** A published list Taiwa screens counterparties against. */
public enum ListSource {
  /** METI's 外国ユーザーリスト (End User List), published as a table. */
  END_USER_LIST(new Bilingual("End User List (METI)", "外国ユーザーリスト（経済産業省）")),
  /** The US Consolidated Screening List (Entity List and others), published as CSV. */
  CONSOLIDATED_SCREENING_LIST(new Bilingual("Consolidated Screening List (US)", "米国統合スクリーニングリスト"));

  private final Bilingual label;

  ListSource(Bilingual label) {
    this.label = label;
  }

  public Bilingual label() {
    return label;
  }
}
