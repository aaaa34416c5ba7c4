package dev.taiwa.tools.export;

import static dev.taiwa.tools.export.ExportSection.object;
import static dev.taiwa.tools.export.Texts.text;
import static dev.taiwa.tools.export.Texts.tokyo;

import dev.taiwa.cases.dialogue.application.DialogueQueries;
import dev.taiwa.cases.dialogue.model.CompanyQuery;
import dev.taiwa.cases.dialogue.model.QueryState;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.prereport.model.PreReport;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A pre-report's queries to the company (照会) as {@link DialogueQueries#queriesOf} shows them:
 * addressed to the company, so company-visible as a whole. In CSV: the count, the open count, one
 * line each.
 */
final class QueriesSection implements ExportSection<PreReport> {
  private final DialogueQueries dialogue;
  private Map<CaseId, List<CompanyQuery>> loaded = Map.of();

  QueriesSection(DialogueQueries dialogue) {
    this.dialogue = dialogue;
  }

  @Override
  public String name() {
    return "queries";
  }

  @Override
  public List<String> columns() {
    return List.of("queries.count", "queries.open", "queries");
  }

  @Override
  public void load(Actor actor, List<PreReport> page) {
    loaded = dialogue.queriesOf(actor, page);
  }

  private List<CompanyQuery> of(PreReport report) {
    return loaded.getOrDefault(report.id(), List.of());
  }

  @Override
  public List<Object> cells(PreReport report) {
    return List.of(
        of(report).size(),
        of(report).stream().filter(q -> q.state() == QueryState.OPEN).count(),
        of(report).stream().map(QueriesSection::line).collect(Collectors.joining("\n")));
  }

  private static String line(CompanyQuery query) {
    return query.state()
        + " 回答期限 "
        + query.replyDue()
        + ": "
        + query.question()
        + query.answer().map(a -> " / 回答: " + a.text()).orElse("");
  }

  @Override
  public Object json(PreReport report) {
    return of(report).stream()
        .map(
            q ->
                object(
                    "id", text(q.id()),
                    "state", text(q.state()),
                    "question", q.question(),
                    "replyDays", q.replyDays(),
                    "replyDue", text(q.replyDue()),
                    "askedAtTokyo", tokyo(q.askedAt()),
                    "answer",
                        q.answer()
                            .map(
                                a ->
                                    object(
                                        "text", a.text(),
                                        "attachments",
                                            a.attachments().stream().map(Object::toString).toList(),
                                        "answeredAtTokyo", tokyo(a.answeredAt())))
                            .orElse(null),
                    "withdrawalReason", q.withdrawalReason()))
        .toList();
  }
}
