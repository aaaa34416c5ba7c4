package dev.taiwa.service.persistence.audit;

import dev.taiwa.cases.audit.AuditFilter;
import dev.taiwa.cases.audit.AuditPageRequest;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.service.persistence.sql.Conditions;
import dev.taiwa.service.persistence.sql.SqlStatement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The audit search as portable SQL (SQLite and PostgreSQL alike): every filter in the WHERE clause,
 * newest first by sequence, continuing below a keyset position. The count uses the same conditions
 * without the position. Each condition has an index (V4) to start from.
 */
final class AuditSearchSql {
  private final Conditions conditions = new Conditions();

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
      // ... never an event that names another case too (a link to a patent application).
      List<String> crossCase =
          Arrays.stream(AuditAction.values())
              .filter(AuditAction::namesAnotherCase)
              .map(AuditAction::code)
              .sorted()
              .toList();
      sql.where(
          "action NOT IN ("
              + crossCase.stream().map(a -> "?").collect(Collectors.joining(", "))
              + ")",
          crossCase.toArray());
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
  SqlStatement page(AuditPageRequest page) {
    Conditions paged = conditions.copy();
    if (page.afterSequence() != null) {
      paged.where("sequence < ?", page.afterSequence());
    }
    return paged.statement(
        "SELECT * FROM audit_event", " ORDER BY sequence DESC LIMIT ?", page.first() + 1);
  }

  SqlStatement count() {
    return conditions.statement("SELECT COUNT(*) FROM audit_event", "");
  }

  private void where(String condition, Object... values) {
    conditions.where(condition, values);
  }
}
