package dev.taiwa.service.importing;

import dev.taiwa.cases.imports.ImportKeyScope;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.prereport.application.PreReportCommands;
import dev.taiwa.cases.prereport.model.Contact;
import dev.taiwa.cases.prereport.model.Counterparty;
import dev.taiwa.cases.prereport.model.CounterpartyRelationship;
import dev.taiwa.cases.prereport.model.PlannedDateKind;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportForm;
import dev.taiwa.cases.prereport.model.TransactionType;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Pre-report rows: the columns are the form's field paths (the same names as GraphQL's error
 * fields), plus {@code importKey} and {@code submit}. Each row becomes a draft of the operator's
 * organisation through {@link PreReportCommands#createDraft}, then is submitted when {@code submit}
 * is true; so the operator account must be a filer. The import keys are the filer's own numbering,
 * so they are unique within the importing organisation only: another company's "R-001" is another
 * row.
 */
@Singleton
public final class PreReportRows implements CaseRows<PreReportForm> {
  public static final String KIND = "PRE_REPORT";

  public static final List<String> COLUMNS =
      List.of(
          "importKey",
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
          "lateExplanation",
          "submit");

  private final PreReportCommands commands;

  PreReportRows(PreReportCommands commands) {
    this.commands = commands;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public ImportKeyScope keyScope(Actor actor) {
    return ImportKeyScope.of(KIND, actor.organisationId());
  }

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public String keyColumn() {
    return "importKey";
  }

  @Override
  public Parsed<PreReportForm> parse(SourceRow row) {
    Cells cells = new Cells(row);
    Contact contact =
        new Contact(
            cells.text("contact.name"),
            cells.text("contact.department"),
            cells.text("contact.email"),
            cells.text("contact.phone"));
    Counterparty counterparty =
        new Counterparty(
            cells.text("counterparty.nameOriginal"),
            cells.text("counterparty.nameRomanised"),
            cells.text("counterparty.countryCode"),
            cells.choice("counterparty.relationship", CounterpartyRelationship.class));
    PreReportForm form =
        new PreReportForm(
            allNull(contact.name(), contact.department(), contact.email(), contact.phone())
                ? null
                : contact,
            cells.numbers("technologyNumbers"),
            cells.choice("transactionType", TransactionType.class),
            allNull(
                    counterparty.nameOriginal(),
                    counterparty.nameRomanised(),
                    counterparty.countryCode(),
                    counterparty.relationship())
                ? null
                : counterparty,
            cells.date("plannedDate"),
            cells.choice("plannedDateKind", PlannedDateKind.class),
            cells.text("technologyDescription"),
            cells.text("managementMeasures"),
            cells.text("lateExplanation"));
    boolean submit = cells.flag("submit");
    return new Parsed<>(form, cells.problems(), submit);
  }

  @Override
  public List<Rejection> check(Actor actor, Parsed<PreReportForm> parsed) {
    return commands.check(actor, parsed.form(), parsed.submit());
  }

  @Override
  public Created create(Actor actor, Parsed<PreReportForm> parsed) {
    Result<PreReport> draft = commands.createDraft(actor, parsed.form());
    if (!draft.accepted()) {
      return new Created(null, draft.errors());
    }
    CaseId id = draft.value().orElseThrow().id();
    if (!parsed.submit()) {
      return new Created(id, List.of());
    }
    return new Created(id, commands.submit(actor, id, null).errors());
  }

  private static boolean allNull(Object... values) {
    return Stream.of(values).allMatch(Objects::isNull);
  }
}
