package dev.taiwa.service.persistence.audit;

import dev.taiwa.cases.audit.AuditFilter;
import dev.taiwa.cases.audit.AuditPageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The audit search as portable SQL (SQLite and PostgreSQL alike): every filter in the WHERE clause,
 * newest first by sequence, continuing below a keyset position. The count uses the same conditions
 * without the position. Each condition has an index (V4) to start from.
 */
final class AuditSearchSql {
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> parameters = new ArrayList<>();

  private AuditSearchSql() {}

  static AuditSearchSql of(AuditFilter filter) {
    AuditSearchSql sql = new AuditSearchSql();
    if (filter.actorId() != null) {
      sql.where("actor_id = ?", filter.actorId().toString());
    }
    if (filter.actorName() != null) {
      sql.where("actor_name = ?", filter.actorName());
    }
    if (filter.caseId() != null) {
      sql.where("case_id = ?", filter.caseId().toString());
    }
    if (filter.filedCaseEventsOnly()) {
      // Events of cases an official may see: filed pre-reports (a draft stays its company's own).
      sql.where("case_id IN (SELECT p.id FROM pre_report p WHERE p.state <> 'DRAFT')");
    }
    if (!filter.actions().isEmpty()) {
      List<String> actions = filter.actions().stream().sorted().toList();
      String marks = actions.stream().map(a -> "?").collect(Collectors.joining(", "));
      sql.where("action IN (" + marks + ")", actions.toArray());
    }
    if (filter.outcome() != null) {
      sql.where("outcome = ?", filter.outcome().name());
    }
    if (filter.occurredFrom() != null) {
      sql.where("occurred_at >= ?", filter.occurredFrom().toEpochMilli());
    }
    if (filter.occurredBefore() != null) {
      sql.where("occurred_at < ?", filter.occurredBefore().toEpochMilli());
    }
    return sql;
  }

  /** Selects one page plus one row, so the caller can tell whether more follow. */
  Statement page(AuditPageRequest page) {
    List<String> pageConditions = new ArrayList<>(conditions);
    List<Object> pageParameters = new ArrayList<>(parameters);
    if (page.afterSequence() != null) {
      pageConditions.add("sequence < ?");
      pageParameters.add(page.afterSequence());
    }
    pageParameters.add(page.first() + 1);
    return new Statement(
        "SELECT * FROM audit_event"
            + whereClause(pageConditions)
            + " ORDER BY sequence DESC LIMIT ?",
        pageParameters);
  }

  Statement count() {
    return new Statement(
        "SELECT COUNT(*) FROM audit_event" + whereClause(conditions), List.copyOf(parameters));
  }

  private void where(String condition, Object... values) {
    conditions.add(condition);
    parameters.addAll(List.of(values));
  }

  private static String whereClause(List<String> conditions) {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** SQL text with its positional parameters (strings, longs and ints; never null). */
  record Statement(String sql, List<Object> parameters) {}
}
