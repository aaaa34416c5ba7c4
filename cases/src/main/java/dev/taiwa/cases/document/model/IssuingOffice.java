package dev.taiwa.cases.document.model;

/**
 * The office that issues a notice and numbers it (発番) from its own sequence per year; {@code key}
 * names it in the configuration ({@code taiwa.documents.offices.<key>.*}) and in the database.
 */
public enum IssuingOffice {
  /** Track A: the trade-control authority (経済産業省). */
  METI("meti"),
  /** Track B: the patent office (特許庁). */
  JPO("jpo"),
  /** Track B security review and designation: the Cabinet Office (内閣府). */
  CABINET_OFFICE("cabinet-office");

  private final String key;

  IssuingOffice(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
