package dev.taiwa.service.testsupport;

import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.prereport.model.Contact;
import dev.taiwa.cases.prereport.model.Counterparty;
import dev.taiwa.cases.prereport.model.CounterpartyRelationship;
import dev.taiwa.cases.prereport.model.LeadTime;
import dev.taiwa.cases.prereport.model.PlannedDateKind;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportForm;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.model.ReferenceNumber;
import dev.taiwa.cases.prereport.model.TransactionType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Builds pre-reports with a complete form by default: {@code aPreReport(filer).build()}. */
public final class PreReportBuilder {
  private static final AtomicLong REFERENCES = new AtomicLong();

  private CaseId id = CaseId.random();
  private ReferenceNumber reference = ReferenceNumber.of("PR", 2026, REFERENCES.incrementAndGet());
  private OrganisationId organisationId;
  private UserId createdBy;
  private PreReportState state = PreReportState.SUBMITTED;
  private Contact contact = new Contact("吉田 花子", "輸出管理部", "hanako@example.jp", "+81-3-0000-0000");
  private List<Integer> technologyNumbers = List.of(1);
  private TransactionType transactionType = TransactionType.CONTRACT_MANUFACTURING;
  private String counterpartyOriginal = "华星电子有限公司";
  private String counterpartyRomanised = "Huaxing Electronics Co., Ltd.";
  private String country = "CN";
  private LocalDate plannedDate = LocalDate.of(2026, 6, 1);
  private String description = "MLCC 積層工程の製造技術を提供する。";
  private Instant createdAt = Instant.parse("2026-04-01T00:00:00.000Z");
  private Instant submittedAt;
  private boolean submittedAtSet;
  private String measures = "技術情報は社内規程に基づき管理する。";
  private String lateExplanation;
  private LeadTime leadTime =
      new LeadTime(
          LeadTime.LeadTimeStatus.ON_TIME,
          45,
          "Filed 45 days before the contract date.",
          "予定の契約日の45日前の提出です。");
  private long version = 1;

  private PreReportBuilder(UserAccount filer) {
    this.organisationId = filer.organisationId();
    this.createdBy = filer.id();
  }

  public static PreReportBuilder aPreReport(UserAccount filer) {
    return new PreReportBuilder(filer);
  }

  /**
   * {@code original} as a later change stores it: at {@code version}, a minute later, in {@code
   * state}, listing {@code technologies} and going to {@code country}; the rest of the form as it
   * was, without a late explanation.
   */
  public static PreReport aPreReportLike(
      PreReport original,
      PreReportState state,
      List<Integer> technologies,
      String country,
      long version) {
    PreReportForm form = original.form();
    Counterparty counterparty = form.counterparty();
    return new PreReport(
        original.id(),
        original.reference(),
        original.organisationId(),
        original.createdBy(),
        state,
        new PreReportForm(
            form.contact(),
            technologies,
            form.transactionType(),
            new Counterparty(
                counterparty.nameOriginal(),
                counterparty.nameRomanised(),
                country,
                counterparty.relationship()),
            form.plannedDate(),
            form.plannedDateKind(),
            form.technologyDescription(),
            form.managementMeasures()),
        original.createdAt(),
        original.updatedAt().plusSeconds(60),
        original.submittedAt(),
        original.leadTime(),
        version);
  }

  public PreReportBuilder state(PreReportState value) {
    state = value;
    return this;
  }

  public PreReportBuilder technologies(Integer... numbers) {
    technologyNumbers = List.of(numbers);
    return this;
  }

  public PreReportBuilder country(String value) {
    country = value;
    return this;
  }

  public PreReportBuilder plannedDate(LocalDate value) {
    plannedDate = value;
    return this;
  }

  public PreReportBuilder counterparty(String original, String romanised) {
    counterpartyOriginal = original;
    counterpartyRomanised = romanised;
    return this;
  }

  public PreReportBuilder description(String value) {
    description = value;
    return this;
  }

  public PreReportBuilder createdAt(Instant value) {
    createdAt = value;
    return this;
  }

  /** The filing instant (null: not filed); by default 2.001 s after creation. */
  public PreReportBuilder submittedAt(Instant value) {
    submittedAt = value;
    submittedAtSet = true;
    return this;
  }

  public PreReportBuilder measures(String value) {
    measures = value;
    return this;
  }

  /** Why the report comes late (none by default). */
  public PreReportBuilder lateExplanation(String value) {
    lateExplanation = value;
    return this;
  }

  public PreReportBuilder reference(ReferenceNumber value) {
    reference = value;
    return this;
  }

  public PreReportBuilder version(long value) {
    version = value;
    return this;
  }

  public PreReport build() {
    PreReportForm form =
        new PreReportForm(
            contact,
            technologyNumbers,
            transactionType,
            new Counterparty(
                counterpartyOriginal,
                counterpartyRomanised,
                country,
                CounterpartyRelationship.UNRELATED),
            plannedDate,
            PlannedDateKind.CONTRACT,
            description,
            measures,
            lateExplanation);
    return new PreReport(
        id,
        reference,
        organisationId,
        createdBy,
        state,
        form,
        createdAt,
        createdAt.plusMillis(1_500),
        submittedAtSet ? submittedAt : createdAt.plusMillis(2_001),
        leadTime,
        version);
  }
}
