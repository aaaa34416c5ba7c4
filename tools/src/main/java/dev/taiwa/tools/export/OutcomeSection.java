package dev.taiwa.tools.export;

import static dev.taiwa.tools.export.ExportSection.object;
import static dev.taiwa.tools.export.Texts.text;
import static dev.taiwa.tools.export.Texts.tokyo;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.outcome.application.OutcomeQueries;
import dev.taiwa.cases.prereport.model.Outcome;
import dev.taiwa.cases.prereport.model.PreReport;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How an ended pre-report ended, as {@link OutcomeQueries} shows it: the type, the date, the
 * summary and the items decided (agreed measures, licence conditions, refusal reasons).
 */
final class OutcomeSection implements ExportSection<PreReport> {
  private final OutcomeQueries outcomes;
  private Map<CaseId, Outcome> loaded = Map.of();

  OutcomeSection(OutcomeQueries outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public String name() {
    return "outcome";
  }

  @Override
  public List<String> columns() {
    return List.of("outcome.type", "outcome.decidedOn", "outcome.summary", "outcome.items");
  }

  @Override
  public void load(Actor actor, List<PreReport> page) {
    loaded = outcomes.outcomesOf(actor, page);
  }

  @Override
  public List<Object> cells(PreReport report) {
    Outcome outcome = loaded.get(report.id());
    if (outcome == null) {
      return Arrays.asList(null, null, null, null);
    }
    return List.of(
        outcome.type().name(),
        text(outcome.decidedOn()),
        outcome.summary(),
        String.join("\n", outcome.items()));
  }

  @Override
  public Object json(PreReport report) {
    Outcome outcome = loaded.get(report.id());
    if (outcome == null) {
      return null;
    }
    return object(
        "type", outcome.type().name(),
        "decidedOn", text(outcome.decidedOn()),
        "summary", outcome.summary(),
        "items", outcome.items(),
        "recordedAtTokyo", tokyo(outcome.recordedAt()));
  }
}
