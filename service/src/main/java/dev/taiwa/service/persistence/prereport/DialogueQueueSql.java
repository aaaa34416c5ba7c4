package dev.taiwa.service.persistence.prereport;

import dev.taiwa.cases.deadline.tracking.Obligor;
import dev.taiwa.cases.dialogue.port.DialogueQueueSelection;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.service.persistence.sql.Conditions;
import dev.taiwa.service.persistence.sql.SqlStatement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One dialogue queue as portable SQL: the queue's case states and its own condition in the WHERE
 * clause, newest first by {@code (created_at, id)} like the pre-report list, continuing after a
 * keyset position. The count uses the same conditions without the position.
 */
final class DialogueQueueSql {
  private static final String OPEN_DEADLINE =
      "EXISTS (SELECT 1 FROM case_deadline d WHERE d.case_id = r.id"
          + " AND d.met_on IS NULL AND d.cancelled_on IS NULL AND d.obligor = ?";

  private final Conditions conditions = new Conditions();

  private DialogueQueueSql() {}

  static DialogueQueueSql of(DialogueQueueSelection selection) {
    DialogueQueueSql sql = new DialogueQueueSql();
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
    return sql;
  }

  /** Selects one page plus one row, so the caller can tell whether more follow. */
  SqlStatement page(PageRequest page) {
    Conditions paged = conditions.copy();
    PageRequest.Position after = page.after();
    if (after != null) {
      // A row value, not "a < ? OR (a = ? AND b < ?)": with bound parameters SQLite's planner
      // makes only the row value an index range, and so does PostgreSQL's for a generic plan.
      paged.where(
          "(r.created_at, r.id) < (?, ?)", after.createdAt().toEpochMilli(), after.id().toString());
    }
    return paged.statement(
        "SELECT r.* FROM pre_report r",
        " ORDER BY r.created_at DESC, r.id DESC LIMIT ?",
        page.first() + 1);
  }

  SqlStatement count() {
    return conditions.statement("SELECT COUNT(*) FROM pre_report r", "");
  }
}
