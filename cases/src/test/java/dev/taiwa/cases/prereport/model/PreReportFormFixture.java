package dev.taiwa.cases.prereport.model;

import dev.taiwa.cases.kernel.TestClock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Builds forms: {@code aPreReportForm()} is complete and valid on {@link TestClock#TODAY} (MLCC
 * contract manufacturing for a Chinese company, contract 60 days ahead); change what a test is
 * about.
 */
public final class PreReportFormFixture {
  private Contact contact =
      new Contact("Sato Hanako", "Export control", "sato@example.co.jp", null);
  private List<Integer> technologyNumbers = List.of(1);
  private TransactionType transactionType = TransactionType.CONTRACT_MANUFACTURING;
  private Counterparty counterparty =
      new Counterparty(
          "深圳精密电子有限公司",
          "Shenzhen Precision Electronics Co., Ltd.",
          "CN",
          CounterpartyRelationship.UNRELATED);
  private LocalDate plannedDate = TestClock.TODAY.plusDays(60);
  private PlannedDateKind plannedDateKind = PlannedDateKind.CONTRACT;
  private String technologyDescription = "Sintering process know-how for MLCC production lines.";
  private String managementMeasures = null;
  private String lateExplanation = null;

  private PreReportFormFixture() {}

  public static PreReportFormFixture aPreReportForm() {
    return new PreReportFormFixture();
  }

  public PreReportFormFixture withContact(Contact contact) {
    this.contact = contact;
    return this;
  }

  public PreReportFormFixture withContactEmail(String email) {
    this.contact = new Contact(contact.name(), contact.department(), email, contact.phone());
    return this;
  }

  public PreReportFormFixture withTechnologies(Integer... numbers) {
    this.technologyNumbers = Arrays.asList(numbers);
    return this;
  }

  public PreReportFormFixture withTransactionType(TransactionType type) {
    this.transactionType = type;
    return this;
  }

  public PreReportFormFixture withCounterparty(Counterparty counterparty) {
    this.counterparty = counterparty;
    return this;
  }

  public PreReportFormFixture withoutCounterparty() {
    return withCounterparty(null);
  }

  public PreReportFormFixture withCountry(String countryCode) {
    return withCounterparty(
        new Counterparty(
            counterparty.nameOriginal(),
            counterparty.nameRomanised(),
            countryCode,
            counterparty.relationship()));
  }

  public PreReportFormFixture withRomanisedName(String name) {
    return withCounterparty(
        new Counterparty(
            counterparty.nameOriginal(),
            name,
            counterparty.countryCode(),
            counterparty.relationship()));
  }

  public PreReportFormFixture plannedOn(LocalDate date) {
    this.plannedDate = date;
    return this;
  }

  public PreReportFormFixture withPlannedDateKind(PlannedDateKind kind) {
    this.plannedDateKind = kind;
    return this;
  }

  public PreReportFormFixture withDescription(String description) {
    this.technologyDescription = description;
    return this;
  }

  public PreReportFormFixture withManagementMeasures(String measures) {
    this.managementMeasures = measures;
    return this;
  }

  public PreReportFormFixture withLateExplanation(String explanation) {
    this.lateExplanation = explanation;
    return this;
  }

  public PreReportForm build() {
    return new PreReportForm(
        contact,
        technologyNumbers,
        transactionType,
        counterparty,
        plannedDate,
        plannedDateKind,
        technologyDescription,
        managementMeasures,
        lateExplanation);
  }
}
