package dev.taiwa.service.persistence.prereport;

import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import dev.taiwa.cases.prereport.port.PreReportSort;
import dev.taiwa.service.persistence.sql.Conditions;

/**
 * A pre-report list's order as SQL over {@code pre_report r}: the sort expression (never NULL, so
 * both databases order and compare it alike), the keyset condition after a position and the ORDER
 * BY. Each expression is indexed as written here together with the id (V35; the newest-first order
 * by V1), so a page is an index range whatever its depth. After a position in an order other than
 * newest first, the position's sort value is read from its row by id: the cursor carries only the
 * id, and a report whose value changed since continues the list from where it stands now.
 */
final class PreReportOrderSql {
  private PreReportOrderSql() {}

  /** The sort expression over alias {@code alias}; must match the V35 index expressions. */
  static String expression(PreReportOrder order, String alias) {
    return switch (order.sort()) {
      case CREATED -> alias + ".created_at";
      case FILED -> "COALESCE(" + alias + ".submitted_at, " + alias + ".created_at)";
      case PLANNED -> "COALESCE(" + alias + ".planned_date, '9999-12-31')";
      case NEXT_DUE -> "COALESCE(" + alias + ".next_due_date, '9999-12-31')";
      case REFERENCE -> alias + ".reference";
    };
  }

  /** Adds the condition "after {@code after} in {@code order}" to {@code conditions}. */
  static void after(Conditions conditions, PreReportOrder order, PageRequest.Position after) {
    if (after == null) {
      return;
    }
    if (order.sort() == PreReportSort.CREATED) {
      afterCreated(conditions, order, after, "r.created_at", "r.id");
      return;
    }
    // The sort value of the position, read from its row. The first condition alone (the value or
    // beyond) is what SQLite makes an index range of, the expression index being no row value; the
    // row value then skips the ties up to and including the position itself.
    String expression = expression(order, "r");
    String key = "(SELECT " + expression(order, "a") + " FROM pre_report a WHERE a.id = ?)";
    conditions.where(
        expression
            + (order.ascending() ? " >= " : " <= ")
            + key
            + " AND ("
            + expression
            + ", r.id) "
            + (order.ascending() ? ">" : "<")
            + " ("
            + key
            + ", ?)",
        after.id().toString(),
        after.id().toString(),
        after.id().toString());
  }

  /**
   * Adds "after {@code after}" in creation order ({@code order} by {@link PreReportSort#CREATED})
   * over the columns {@code createdAt} and {@code id}: pre_report's own, or those a technology row
   * carries of its report (V47).
   */
  static void afterCreated(
      Conditions conditions,
      PreReportOrder order,
      PageRequest.Position after,
      String createdAt,
      String id) {
    if (after == null) {
      return;
    }
    // A row value, not "a < ? OR (a = ? AND b < ?)": with bound parameters SQLite's planner
    // makes only the row value an index range, and so does PostgreSQL's for a generic plan.
    conditions.where(
        "(" + createdAt + ", " + id + ") " + (order.ascending() ? ">" : "<") + " (?, ?)",
        after.createdAt().toEpochMilli(),
        after.id().toString());
  }

  /** The ORDER BY clause (with a leading space), ties broken by id in the same direction. */
  static String orderBy(PreReportOrder order) {
    return orderBy(order, "r");
  }

  /** The ORDER BY clause over alias {@code alias}. */
  static String orderBy(PreReportOrder order, String alias) {
    return orderBy(order, expression(order, alias), alias + ".id");
  }

  /**
   * The ORDER BY clause by {@code sortValue}, ties broken by {@code id}, both in {@code order}'s
   * direction: over pre_report's own columns, or over those a technology row carries of its report
   * (V47).
   */
  static String orderBy(PreReportOrder order, String sortValue, String id) {
    String direction = order.ascending() ? " ASC" : " DESC";
    return " ORDER BY " + sortValue + direction + ", " + id + direction;
  }
}
