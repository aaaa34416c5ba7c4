package dev.taiwa.cases.document.template;

/** Who issues the documents of each track, as printed under the date. */
final class Issuers {
  /** Track A: the trade-control authority. */
  static final String METI = "経済産業省 貿易経済安全保障局";

  /** Track A: to whom a company files its pre-report. */
  static final String MINISTER_OF_ECONOMY = "経済産業大臣";

  /** Track B: the patent office. */
  static final String JPO = "特許庁";

  /** Track B security review and designation: the Cabinet Office. */
  static final String CABINET_OFFICE = "内閣府";

  private Issuers() {}

  static String orBlank(Object value) {
    return value == null ? "" : value.toString();
  }
}
