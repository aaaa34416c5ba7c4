package dev.taiwa.service.persistence.prereport;

import dev.taiwa.cases.dialogue.port.DialogueQueueSelection;
import dev.taiwa.cases.dialogue.port.DialogueQueues;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * {@link DialogueQueues} over {@code pre_report}, {@code case_officer} and {@code case_deadline}.
 */
@Singleton
public class JdbcDialogueQueues implements DialogueQueues {
  private final JdbcPreReports preReports;
  private final SqlStatements queries;
  private final SearchWordProbe searchWords;

  JdbcDialogueQueues(
      JdbcPreReports preReports, SqlStatements queries, SearchWordProbe searchWords) {
    this.preReports = preReports;
    this.queries = queries;
    this.searchWords = searchWords;
  }

  @Override
  @ReadOnly
  public Page<PreReport> list(
      DialogueQueueSelection selection, PreReportOrder order, PageRequest page) {
    DialogueQueueSql sql = DialogueQueueSql.of(selection, order, searchWords.index());
    List<PreReport> rows = preReports.read(preReports.reads().page(sql.page(page), order));
    boolean hasNext = rows.size() > page.first();
    List<PreReport> reports = hasNext ? rows.subList(0, page.first()) : rows;
    return page.withTotal()
        ? new Page<>(reports, hasNext, queries.count(sql.count()))
        : Page.uncounted(reports, hasNext);
  }
}
