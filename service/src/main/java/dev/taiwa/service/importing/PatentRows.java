package dev.taiwa.service.importing;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.imports.ImportKeyScope;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.StorableText;
import dev.taiwa.cases.patent.application.PatentApplicationView;
import dev.taiwa.cases.patent.application.PatentCommands;
import dev.taiwa.cases.patent.model.AdditionalRequirementFacts;
import dev.taiwa.cases.patent.model.FilingRoute;
import dev.taiwa.cases.patent.model.PatentApplicationForm;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Patent application rows, keyed by their application number: each is registered through {@link
 * PatentCommands#register}, so the operator account must be a patent examiner (and becomes the
 * assigned examiner). {@code applicants} lists organisations by name or id, separated by {@code ;}.
 * The application number is given out once nationwide by the patent office, so it is a key across
 * all organisations: an application imported by one examiner is not imported again by another.
 */
@Singleton
public final class PatentRows implements CaseRows<PatentApplicationForm> {
  public static final String KIND = "PATENT_APPLICATION";

  static final List<String> COLUMNS =
      List.of(
          "applicationNumber",
          "filingDate",
          "applicants",
          "inventionCompletedInJapan",
          "title",
          "abstractText",
          "claims",
          "ipcCodes",
          "route",
          "additionalFacts.defencePurpose",
          "additionalFacts.stateOrNationalAgencyApplicant",
          "additionalFacts.commissionedResearch");

  private final PatentCommands commands;
  private final Organisations organisations;
  private Map<String, OrganisationId> byName;

  PatentRows(PatentCommands commands, Organisations organisations) {
    this.commands = commands;
    this.organisations = organisations;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public ImportKeyScope keyScope(Actor actor) {
    return ImportKeyScope.nationwide(KIND);
  }

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public String keyColumn() {
    return "applicationNumber";
  }

  @Override
  public Parsed<PatentApplicationForm> parse(SourceRow row) {
    Cells cells = new Cells(row);
    List<OrganisationId> applicants = new ArrayList<>();
    for (String applicant : cells.list("applicants")) {
      OrganisationId id = organisation(applicant);
      if (id == null) {
        cells.bad("applicants", "No organisation named " + applicant);
      } else {
        applicants.add(id);
      }
    }
    PatentApplicationForm form =
        new PatentApplicationForm(
            cells.text("applicationNumber"),
            cells.date("filingDate"),
            applicants,
            row.get("inventionCompletedInJapan") == null || cells.flag("inventionCompletedInJapan"),
            cells.text("title"),
            cells.text("abstractText"),
            cells.text("claims"),
            cells.list("ipcCodes"),
            cells.choice("route", FilingRoute.class),
            new AdditionalRequirementFacts(
                cells.flag("additionalFacts.defencePurpose"),
                cells.flag("additionalFacts.stateOrNationalAgencyApplicant"),
                cells.flag("additionalFacts.commissionedResearch")));
    return new Parsed<>(form, cells.problems(), false);
  }

  private OrganisationId organisation(String nameOrId) {
    if (byName == null) {
      byName = new HashMap<>();
      for (Organisation organisation : organisations.all()) {
        byName.putIfAbsent(StorableText.nfc(organisation.name().strip()), organisation.id());
        byName.put(organisation.id().toString(), organisation.id());
      }
    }
    return byName.get(StorableText.nfc(nameOrId.strip()));
  }

  @Override
  public List<Rejection> check(Actor actor, Parsed<PatentApplicationForm> parsed) {
    return commands.checkRegistration(actor, parsed.form());
  }

  @Override
  public Created create(Actor actor, Parsed<PatentApplicationForm> parsed) {
    Result<PatentApplicationView> registered = commands.register(actor, parsed.form());
    return registered.accepted()
        ? new Created(registered.value().orElseThrow().application().id(), List.of())
        : new Created(null, registered.errors());
  }
}
