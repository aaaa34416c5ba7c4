package dev.taiwa.tools.export;

import static dev.taiwa.tools.export.ExportSection.object;
import static dev.taiwa.tools.export.Texts.text;
import static dev.taiwa.tools.export.Texts.tokyo;

import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.inform.application.InformQueries;
import dev.taiwa.cases.inform.model.Inform;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.prereport.model.PreReport;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A pre-report's inform (インフォーム) as {@link InformQueries} shows it: its route, the summary, the
 * cited concerns, the proposed licence conditions and the date by which the company should apply.
 * The cited concerns are taken from the {@link ConcernsSection} of the same page, which read them
 * through the dialogue's visibility rule (the company never gets the concern information), so that
 * section must load first.
 */
final class InformSection implements ExportSection<PreReport> {
  private final InformQueries informs;
  private final ConcernsSection concerns;
  private Map<CaseId, Inform> loaded = Map.of();

  InformSection(InformQueries informs, ConcernsSection concerns) {
    this.informs = informs;
    this.concerns = concerns;
  }

  @Override
  public String name() {
    return "inform";
  }

  @Override
  public List<String> columns() {
    return List.of(
        "inform.issuedAtTokyo",
        "inform.route",
        "inform.summary",
        "inform.citedConcerns",
        "inform.proposedConditions",
        "inform.applicationDue");
  }

  @Override
  public void load(Actor actor, List<PreReport> page) {
    loaded = informs.informsOf(actor, page);
  }

  /** The cited concerns in citation order, as the operator may read the case's concerns. */
  private List<Concern> cited(PreReport report, Inform inform) {
    List<Concern> readable = concerns.of(report);
    return inform.citedConcerns().stream()
        .flatMap(id -> readable.stream().filter(c -> c.id().equals(id)))
        .toList();
  }

  @Override
  public List<Object> cells(PreReport report) {
    Inform inform = loaded.get(report.id());
    if (inform == null) {
      return java.util.Arrays.asList(null, null, null, null, null, null);
    }
    return List.of(
        tokyo(inform.issuedAt()),
        text(inform.route()),
        inform.summary(),
        cited(report, inform).stream()
            .map(c -> c.category() + " " + c.severity() + ": " + c.description())
            .collect(Collectors.joining("\n")),
        String.join("\n", inform.proposedConditions()),
        text(inform.applicationDue()));
  }

  @Override
  public Object json(PreReport report) {
    Inform inform = loaded.get(report.id());
    if (inform == null) {
      return null;
    }
    return object(
        "id", text(inform.id()),
        "issuedAtTokyo", tokyo(inform.issuedAt()),
        "route", text(inform.route()),
        "summary", inform.summary(),
        "citedConcerns",
            cited(report, inform).stream()
                .map(
                    c ->
                        object(
                            "id", text(c.id()),
                            "category", text(c.category()),
                            "severity", text(c.severity()),
                            "description", c.description(),
                            "concernInformation", c.concernInformation()))
                .toList(),
        "proposedConditions", inform.proposedConditions(),
        "applicationDue", text(inform.applicationDue()));
  }
}
