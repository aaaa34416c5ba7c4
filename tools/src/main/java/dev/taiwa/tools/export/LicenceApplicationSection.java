package dev.taiwa.tools.export;

import static dev.taiwa.tools.export.ExportSection.object;
import static dev.taiwa.tools.export.Texts.text;
import static dev.taiwa.tools.export.Texts.tokyo;

import dev.taiwa.cases.inform.application.InformQueries;
import dev.taiwa.cases.inform.model.ConditionResponse;
import dev.taiwa.cases.inform.model.LicenceApplication;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.prereport.model.PreReport;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The company's licence application after an inform, as {@link InformQueries} shows it: its
 * reference, the application date and its response to each proposed condition (numbered from 1 in
 * CSV, as the conditions are listed).
 */
final class LicenceApplicationSection implements ExportSection<PreReport> {
  private final InformQueries informs;
  private Map<CaseId, LicenceApplication> loaded = Map.of();

  LicenceApplicationSection(InformQueries informs) {
    this.informs = informs;
  }

  @Override
  public String name() {
    return "licenceApplication";
  }

  @Override
  public List<String> columns() {
    return List.of(
        "licenceApplication.companyReference",
        "licenceApplication.appliedOn",
        "licenceApplication.responses");
  }

  @Override
  public void load(Actor actor, List<PreReport> page) {
    loaded = informs.applicationsOf(actor, page);
  }

  @Override
  public List<Object> cells(PreReport report) {
    LicenceApplication application = loaded.get(report.id());
    if (application == null) {
      return Arrays.asList(null, null, null);
    }
    return List.of(
        application.companyReference(),
        text(application.appliedOn()),
        application.responses().stream()
            .map(LicenceApplicationSection::line)
            .collect(Collectors.joining("\n")));
  }

  private static String line(ConditionResponse response) {
    return (response.condition() + 1)
        + ": "
        + (response.accepted() ? "ACCEPTED" : "CONTESTED")
        + (response.comment() == null ? "" : " " + response.comment());
  }

  @Override
  public Object json(PreReport report) {
    LicenceApplication application = loaded.get(report.id());
    if (application == null) {
      return null;
    }
    return object(
        "companyReference", application.companyReference(),
        "appliedOn", text(application.appliedOn()),
        "responses",
            application.responses().stream()
                .map(
                    r ->
                        object(
                            "condition", r.condition(),
                            "accepted", r.accepted(),
                            "comment", r.comment()))
                .toList(),
        "recordedAtTokyo", tokyo(application.recordedAt()));
  }
}
