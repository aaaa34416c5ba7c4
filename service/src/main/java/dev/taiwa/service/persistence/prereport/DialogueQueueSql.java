package dev.taiwa.service.persistence.prereport;

import dev.taiwa.cases.deadline.tracking.Obligor;
import dev.taiwa.cases.dialogue.port.DialogueQueueSelection;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import dev.taiwa.service.persistence.sql.Conditions;
import dev.taiwa.service.persistence.sql.SqlStatement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One dialogue queue as portable SQL: the queue's case states and its own condition in the WHERE
 * clause, in the order asked ({@link PreReportOrderSql}) like the pre-report list, continuing after
 * a keyset position; search words as in the pre-report list. The count uses the same conditions
 * without the position.
 */
final class DialogueQueueSql {
  private static final String OPEN_DEADLINE =
      "EXISTS (SELECT 1 FROM case_deadline d WHERE d.case_id = r.id"
          + " AND d.met_on IS NULL AND d.cancelled_on IS NULL AND d.obligor = ?";

  private final Conditions conditions = new Conditions();
  private final PreReportOrder order;

  private DialogueQueueSql(PreReportOrder order) {
    this.order = order;
  }

  static DialogueQueueSql of(DialogueQueueSelection selection, PreReportOrder order) {
    return of(selection, order, SearchWordIndex.NONE);
  }

  /** As the pre-report list: the search words {@code index} finds through SQLite's FTS5 table. */
  static DialogueQueueSql of(
      DialogueQueueSelection selection, PreReportOrder order, SearchWordIndex index) {
    DialogueQueueSql sql = new DialogueQueueSql(order);
    List<String> states = selection.states().stream().map(PreReportState::name).sorted().toList();
    String marks = states.stream().map(s -> "?").collect(Collectors.joining(", "));
    sql.conditions.where("r.state IN (" + marks + ")", states.toArray());
    switch (selection.queue()) {
      case MINE ->
          sql.conditions.where(
              // From the officer's own cases (case_officer_officer), not a walk over the queue.
              "r.id IN (SELECT o.case_id FROM case_officer o WHERE o.officer_id = ?)",
              selection.officer().toString());
      case UNASSIGNED ->
          sql.conditions.where("NOT EXISTS (SELECT 1 FROM case_officer o WHERE o.case_id = r.id)");
      case OVERDUE ->
          sql.conditions.where(
              OPEN_DEADLINE + " AND d.due_date < ?)",
              Obligor.OFFICIALS.name(),
              selection.today().toString());
      case AWAITING_COMPANY -> sql.conditions.where(OPEN_DEADLINE + ")", Obligor.COMPANY.name());
      case BY_TECHNOLOGY ->
          sql.conditions.where(PreReportSearchSql.WITH_TECHNOLOGY, selection.technology());
    }
    PreReportSearchSql.search(sql.conditions, selection.search(), index);
    return sql;
  }

  /** Selects one page plus one row, so the caller can tell whether more follow. */
  SqlStatement page(PageRequest page) {
    Conditions paged = conditions.copy();
    PreReportOrderSql.after(paged, order, page.after());
    return paged.statement(
        "SELECT r.* FROM pre_report r",
        PreReportOrderSql.orderBy(order) + " LIMIT ?",
        page.first() + 1);
  }

  SqlStatement count() {
    return conditions.statement("SELECT COUNT(*) FROM pre_report r", "");
  }
}
