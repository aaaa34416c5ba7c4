package dev.taiwa.service.persistence.prereport;

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
import java.util.function.Function;

/**
 * Maps {@link PreReport} to and from {@link PreReportRow}. A contact, counterparty or lead time
 * whose every part is null is stored as absent and read back as null.
 */
final class PreReportMapper {
  private PreReportMapper() {}

  static PreReportRow toRow(PreReport report) {
    PreReportForm form = report.form();
    Contact contact = form.contact() == null ? new Contact(null, null, null, null) : form.contact();
    Counterparty counterparty =
        form.counterparty() == null
            ? new Counterparty(null, null, null, null)
            : form.counterparty();
    LeadTime leadTime = report.leadTime();
    return new PreReportRow(
        report.id().toString(),
        report.reference().value(),
        report.organisationId().toString(),
        report.createdBy().toString(),
        report.state().name(),
        contact.name(),
        contact.department(),
        contact.email(),
        contact.phone(),
        name(form.transactionType()),
        counterparty.nameOriginal(),
        counterparty.nameRomanised(),
        counterparty.countryCode(),
        name(counterparty.relationship()),
        form.plannedDate() == null ? null : form.plannedDate().toString(),
        name(form.plannedDateKind()),
        form.technologyDescription(),
        form.managementMeasures(),
        form.lateExplanation(),
        report.createdAt().toEpochMilli(),
        report.updatedAt().toEpochMilli(),
        report.submittedAt() == null ? null : report.submittedAt().toEpochMilli(),
        leadTime == null ? null : name(leadTime.status()),
        leadTime == null ? null : leadTime.daysBeforePlannedDate(),
        leadTime == null ? null : leadTime.explanation(),
        leadTime == null ? null : leadTime.explanationJa(),
        report.version(),
        SearchText.of(report));
  }

  static PreReport toDomain(PreReportRow row, List<Integer> technologyNumbers) {
    PreReportForm form =
        new PreReportForm(
            contact(row),
            technologyNumbers,
            parse(row.transactionType(), TransactionType::valueOf),
            counterparty(row),
            parse(row.plannedDate(), PreReportMapper::date),
            parse(row.plannedDateKind(), PlannedDateKind::valueOf),
            row.technologyDescription(),
            row.managementMeasures(),
            row.lateExplanation());
    return new PreReport(
        CaseId.parse(row.id()),
        new ReferenceNumber(row.reference()),
        OrganisationId.parse(row.organisationId()),
        UserId.parse(row.createdBy()),
        PreReportState.valueOf(row.state()),
        form,
        Instant.ofEpochMilli(row.createdAt()),
        Instant.ofEpochMilli(row.updatedAt()),
        row.submittedAt() == null ? null : Instant.ofEpochMilli(row.submittedAt()),
        leadTime(row),
        row.version());
  }

  private static Contact contact(PreReportRow row) {
    if (allNull(
        row.contactName(), row.contactDepartment(), row.contactEmail(), row.contactPhone())) {
      return null;
    }
    return new Contact(
        row.contactName(), row.contactDepartment(), row.contactEmail(), row.contactPhone());
  }

  private static Counterparty counterparty(PreReportRow row) {
    if (allNull(
        row.counterpartyNameOriginal(),
        row.counterpartyNameRomanised(),
        row.counterpartyCountry(),
        row.counterpartyRelationship())) {
      return null;
    }
    return new Counterparty(
        row.counterpartyNameOriginal(),
        row.counterpartyNameRomanised(),
        row.counterpartyCountry(),
        parse(row.counterpartyRelationship(), CounterpartyRelationship::valueOf));
  }

  private static LeadTime leadTime(PreReportRow row) {
    if (allNull(row.leadTimeStatus(), row.leadTimeDays(), row.leadTimeExplanation())) {
      return null;
    }
    return new LeadTime(
        parse(row.leadTimeStatus(), LeadTime.LeadTimeStatus::valueOf),
        row.leadTimeDays() == null ? 0 : row.leadTimeDays(),
        row.leadTimeExplanation(),
        row.leadTimeExplanationJa());
  }

  /**
   * A stored planned date, {@code yyyy-MM-dd}, read without a formatter ({@link LocalDate#parse}
   * resolves through a {@code DateTimeFormatter}, a microsecond per row of a list); any other form
   * is parsed by {@link LocalDate#parse}, which refuses what is not a date.
   */
  static LocalDate date(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  /** The number the digits of {@code text} from {@code from} to {@code to} write; -1 if not. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean allNull(Object... values) {
    for (Object value : values) {
      if (value != null) {
        return false;
      }
    }
    return true;
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static <T> T parse(String text, Function<String, T> parser) {
    return text == null ? null : parser.apply(text);
  }
}
