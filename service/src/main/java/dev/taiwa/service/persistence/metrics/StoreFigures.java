package dev.taiwa.service.persistence.metrics;

import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures {@link StoreGauges} shows, read in one short read: the audit chain's length and the
 * number of cases of each kind in each state (one grouped count per case table).
 */
@Singleton
class StoreFigures {
  /** A case kind's metric tag and its table. */
  enum CaseTable {
    PRE_REPORT("pre_report", "pre_report"),
    PATENT_APPLICATION("patent_application", "patent_application"),
    PRIOR_CONFIRMATION("prior_confirmation", "prior_confirmation");

    final String tag;
    final String table;

    CaseTable(String tag, String table) {
      this.tag = tag;
      this.table = table;
    }
  }

  /** What one read found: the chain's length and, per case table, the count by stored state. */
  record Figures(long auditChainLength, Map<CaseTable, Map<String, Long>> casesByState) {}

  private final SqlStatements sql;

  StoreFigures(SqlStatements sql) {
    this.sql = sql;
  }

  @ReadOnly
  Figures read() {
    List<Long> head =
        sql.query("SELECT last_sequence FROM audit_chain_head WHERE id = 1", row -> row.getLong(1));
    Map<CaseTable, Map<String, Long>> cases = new HashMap<>();
    for (CaseTable kind : CaseTable.values()) {
      Map<String, Long> byState = new HashMap<>();
      sql.query(
          "SELECT state, COUNT(*) FROM " + kind.table + " GROUP BY state",
          row -> byState.put(row.getString(1), row.getLong(2)));
      cases.put(kind, byState);
    }
    return new Figures(head.isEmpty() ? 0 : head.get(0), cases);
  }
}
