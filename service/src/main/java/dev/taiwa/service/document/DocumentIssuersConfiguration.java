package dev.taiwa.service.document;

import dev.taiwa.cases.document.model.Issuer;
import dev.taiwa.cases.document.model.IssuingOffice;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.util.Map;

/**
 * Who signs the notices of each issuing office, under {@code taiwa.documents.issuers.*}: {@code
 * meti-office}, {@code meti-title}, {@code meti-name} and the same for {@code jpo-*} and {@code
 * cabinet-office-*}. Defaults: the office and title of {@link Issuer#defaultOf}, no name.
 */
@ConfigurationProperties("taiwa.documents.issuers")
public final class DocumentIssuersConfiguration {
  private String metiOffice = Issuer.defaultOf(IssuingOffice.METI).office();
  private String metiTitle = Issuer.defaultOf(IssuingOffice.METI).title();
  private String metiName = Issuer.defaultOf(IssuingOffice.METI).name();
  private String jpoOffice = Issuer.defaultOf(IssuingOffice.JPO).office();
  private String jpoTitle = Issuer.defaultOf(IssuingOffice.JPO).title();
  private String jpoName = Issuer.defaultOf(IssuingOffice.JPO).name();
  private String cabinetOfficeOffice = Issuer.defaultOf(IssuingOffice.CABINET_OFFICE).office();
  private String cabinetOfficeTitle = Issuer.defaultOf(IssuingOffice.CABINET_OFFICE).title();
  private String cabinetOfficeName = Issuer.defaultOf(IssuingOffice.CABINET_OFFICE).name();

  public String getMetiOffice() {
    return metiOffice;
  }

  public void setMetiOffice(String value) {
    this.metiOffice = value;
  }

  public String getMetiTitle() {
    return metiTitle;
  }

  public void setMetiTitle(String value) {
    this.metiTitle = value;
  }

  public String getMetiName() {
    return metiName;
  }

  public void setMetiName(String value) {
    this.metiName = value;
  }

  public String getJpoOffice() {
    return jpoOffice;
  }

  public void setJpoOffice(String value) {
    this.jpoOffice = value;
  }

  public String getJpoTitle() {
    return jpoTitle;
  }

  public void setJpoTitle(String value) {
    this.jpoTitle = value;
  }

  public String getJpoName() {
    return jpoName;
  }

  public void setJpoName(String value) {
    this.jpoName = value;
  }

  public String getCabinetOfficeOffice() {
    return cabinetOfficeOffice;
  }

  public void setCabinetOfficeOffice(String value) {
    this.cabinetOfficeOffice = value;
  }

  public String getCabinetOfficeTitle() {
    return cabinetOfficeTitle;
  }

  public void setCabinetOfficeTitle(String value) {
    this.cabinetOfficeTitle = value;
  }

  public String getCabinetOfficeName() {
    return cabinetOfficeName;
  }

  public void setCabinetOfficeName(String value) {
    this.cabinetOfficeName = value;
  }

  /** The issuer of each office. */
  public Map<IssuingOffice, Issuer> issuers() {
    return Map.of(
        IssuingOffice.METI, new Issuer(metiOffice, metiTitle, metiName),
        IssuingOffice.JPO, new Issuer(jpoOffice, jpoTitle, jpoName),
        IssuingOffice.CABINET_OFFICE,
            new Issuer(cabinetOfficeOffice, cabinetOfficeTitle, cabinetOfficeName));
  }
}
