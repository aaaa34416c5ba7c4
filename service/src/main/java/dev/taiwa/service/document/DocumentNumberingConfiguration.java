package dev.taiwa.service.document;

import dev.taiwa.cases.document.model.IssuingOffice;
import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The format of each issuing office's document numbers (発番), under {@code
 * taiwa.documents.number-format.*}: {@code {date}} is the issue date as yyyyMMdd, {@code {year}}
 * the year and {@code {n}} the office's sequence number in that year, e.g. {@code {date}経安第{n}号} →
 * 「20261204経安第123号」.
 */
@ConfigurationProperties("taiwa.documents.number-format")
public final class DocumentNumberingConfiguration {
  private String meti = "{date}経安第{n}号";
  private String jpo = "{date}特許第{n}号";
  private String cabinetOffice = "{date}府経安第{n}号";

  public String getMeti() {
    return meti;
  }

  public void setMeti(String format) {
    this.meti = checked("meti", format);
  }

  public String getJpo() {
    return jpo;
  }

  public void setJpo(String format) {
    this.jpo = checked("jpo", format);
  }

  public String getCabinetOffice() {
    return cabinetOffice;
  }

  public void setCabinetOffice(String format) {
    this.cabinetOffice = checked("cabinet-office", format);
  }

  /** The format of {@code office}'s numbers. */
  public String of(IssuingOffice office) {
    return switch (office) {
      case METI -> meti;
      case JPO -> jpo;
      case CABINET_OFFICE -> cabinetOffice;
    };
  }

  private static String checked(String office, String format) {
    if (format == null || !format.contains("{n}")) {
      throw new IllegalArgumentException(
          "taiwa.documents.number-format." + office + " must contain {n}");
    }
    return format;
  }
}
