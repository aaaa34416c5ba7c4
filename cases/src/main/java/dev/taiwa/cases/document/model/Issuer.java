package dev.taiwa.cases.document.model;

import java.util.Objects;

/**
 * Who signs a notice: the authority's title (経済産業大臣), the name of its holder and the office that
 * issues in its name (経済産業省 貿易経済安全保障局). The name may be blank (then only the title prints).
 */
public record Issuer(String office, String title, String name) {
  public Issuer {
    Objects.requireNonNull(title, "title");
    office = office == null ? "" : office.strip();
    name = name == null ? "" : name.strip();
  }

  /** The defaults of each issuing office, without a name. */
  public static Issuer defaultOf(IssuingOffice office) {
    return switch (office) {
      case METI -> new Issuer("経済産業省 貿易経済安全保障局", "経済産業大臣", "");
      case JPO -> new Issuer("特許庁", "特許庁長官", "");
      case CABINET_OFFICE -> new Issuer("内閣府", "内閣総理大臣", "");
    };
  }

  /** As printed under the addressee: the office on one line, title and name on the next. */
  public String printed() {
    String signature = name.isEmpty() ? title : title + "　" + name;
    return office.isEmpty() ? signature : office + "\n" + signature;
  }
}
