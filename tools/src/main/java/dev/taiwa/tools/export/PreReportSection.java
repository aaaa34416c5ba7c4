package dev.taiwa.tools.export;

import static dev.taiwa.tools.export.ExportSection.object;
import static dev.taiwa.tools.export.Texts.text;
import static dev.taiwa.tools.export.Texts.tokyo;

import dev.taiwa.cases.prereport.model.Contact;
import dev.taiwa.cases.prereport.model.Counterparty;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportForm;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A pre-report's own fields: reference, state, dates, lead time and the form. */
final class PreReportSection implements ExportSection<PreReport> {
  @Override
  public String name() {
    return "preReport";
  }

  @Override
  public List<String> columns() {
    return List.of(
        "id",
        "reference",
        "state",
        "organisationId",
        "createdAtTokyo",
        "submittedAtTokyo",
        "leadTime",
        "contact.name",
        "contact.department",
        "contact.email",
        "contact.phone",
        "technologyNumbers",
        "transactionType",
        "counterparty.nameOriginal",
        "counterparty.nameRomanised",
        "counterparty.countryCode",
        "counterparty.relationship",
        "plannedDate",
        "plannedDateKind",
        "technologyDescription",
        "managementMeasures",
        "lateExplanation");
  }

  @Override
  public List<Object> cells(PreReport report) {
    PreReportForm form = report.form();
    Contact contact = form.contact() == null ? new Contact(null, null, null, null) : form.contact();
    Counterparty counterparty =
        form.counterparty() == null
            ? new Counterparty(null, null, null, null)
            : form.counterparty();
    return Arrays.asList(
        report.id().toString(),
        report.reference().toString(),
        report.state().name(),
        report.organisationId().toString(),
        tokyo(report.createdAt()),
        tokyo(report.submittedAt()),
        text(report.leadTime()),
        contact.name(),
        contact.department(),
        contact.email(),
        contact.phone(),
        form.technologyNumbers().stream().map(String::valueOf).collect(Collectors.joining(";")),
        text(form.transactionType()),
        counterparty.nameOriginal(),
        counterparty.nameRomanised(),
        counterparty.countryCode(),
        text(counterparty.relationship()),
        text(form.plannedDate()),
        text(form.plannedDateKind()),
        form.technologyDescription(),
        form.managementMeasures(),
        form.lateExplanation());
  }

  @Override
  public Object json(PreReport report) {
    List<Object> cells = cells(report);
    List<String> columns = columns();
    java.util.Map<String, Object> object = object();
    for (int i = 0; i < columns.size(); i++) {
      Object value = cells.get(i);
      if (columns.get(i).equals("technologyNumbers")) {
        value = report.form().technologyNumbers();
      }
      object.put(columns.get(i), value);
    }
    return object;
  }
}
