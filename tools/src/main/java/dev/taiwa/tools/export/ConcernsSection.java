package dev.taiwa.tools.export;

import static dev.taiwa.tools.export.ExportSection.object;
import static dev.taiwa.tools.export.Texts.text;
import static dev.taiwa.tools.export.Texts.tokyo;

import dev.taiwa.cases.dialogue.application.DialogueQueries;
import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.dialogue.model.ConcernState;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.prereport.model.PreReport;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A pre-report's concern ledger as {@link DialogueQueries} shows it to the operator's account (the
 * concern information only to officials). In CSV: the count, the unresolved count, one line each.
 */
final class ConcernsSection implements ExportSection<PreReport> {
  private final DialogueQueries dialogue;
  private Map<CaseId, List<Concern>> loaded = Map.of();

  ConcernsSection(DialogueQueries dialogue) {
    this.dialogue = dialogue;
  }

  @Override
  public String name() {
    return "concerns";
  }

  @Override
  public List<String> columns() {
    return List.of("concerns.count", "concerns.unresolved", "concerns");
  }

  @Override
  public void load(Actor actor, List<PreReport> page) {
    loaded = dialogue.concernsOf(actor, page);
  }

  /** The concerns loaded for {@code report}, as the operator may read them. */
  List<Concern> of(PreReport report) {
    return loaded.getOrDefault(report.id(), List.of());
  }

  @Override
  public List<Object> cells(PreReport report) {
    return List.of(
        of(report).size(),
        of(report).stream().filter(c -> c.state() != ConcernState.RESOLVED).count(),
        of(report).stream()
            .map(
                c ->
                    c.state()
                        + " "
                        + c.severity()
                        + " "
                        + c.category()
                        + ": "
                        + c.description()
                        + (c.answers().isEmpty() ? "" : " (回答 " + c.answers().size() + ")"))
            .collect(Collectors.joining("\n")));
  }

  @Override
  public Object json(PreReport report) {
    return of(report).stream()
        .map(
            c ->
                object(
                    "id", text(c.id()),
                    "state", text(c.state()),
                    "category", text(c.category()),
                    "severity", text(c.severity()),
                    "description", c.description(),
                    "concernInformation", c.concernInformation(),
                    "answers",
                        c.answers().stream()
                            .map(
                                a ->
                                    object(
                                        "text", a.text(),
                                        "dueDate", text(a.dueDate()),
                                        "answeredAtTokyo", tokyo(a.answeredAt())))
                            .toList(),
                    "resolutionReason", c.resolutionReason(),
                    "raisedAtTokyo", tokyo(c.raisedAt())))
        .toList();
  }
}
