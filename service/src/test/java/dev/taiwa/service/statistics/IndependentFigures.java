package dev.taiwa.service.statistics;

import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.service.persistence.sql.SqlStatements;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures the statistics should show, worked out apart from the code under test: plain
 * selections of stored rows (no window, no dialect-specific expression) counted and ranked here.
 * {@code organisation} null means every organisation.
 */
final class IndependentFigures {
  private final SqlStatements sql;
  private final String organisation;

  IndependentFigures(SqlStatements sql, String organisation) {
    this.sql = sql;
    this.organisation = organisation;
  }

  /** The filed reports' values of {@code column} ({@code pre_report} or a technology number). */
  List<String> reportValues(String column) {
    String from =
        column.startsWith("t.")
            ? "pre_report r JOIN pre_report_technology t ON t.report_id = r.id"
            : "pre_report r";
    return sql.query(
        "SELECT " + column + " FROM " + from + " WHERE r.submitted_at IS NOT NULL" + ofOrg("r"),
        row -> row.getString(1),
        orgValues());
  }

  /** How many filed reports have each value of {@code column} (nulls left out). */
  Map<String, Long> countBy(String column) {
    Map<String, Long> counts = new TreeMap<>();
    reportValues(column).stream()
        .filter(v -> v != null)
        .forEach(v -> counts.merge(v, 1L, Long::sum));
    return counts;
  }

  /** Filed reports by month of submission in Japan. */
  Map<String, Long> byMonth() {
    Map<String, Long> counts = new TreeMap<>();
    for (String millis : reportValues("r.submitted_at")) {
      LocalDate day = JapanTime.dateOf(Instant.ofEpochMilli(Long.parseLong(millis)));
      counts.merge(day.toString().substring(0, 7), 1L, Long::sum);
    }
    return counts;
  }

  /** Filed reports submitted on or after the start of {@code day} in Japan. */
  long filedFrom(LocalDate day) {
    long start = day.atStartOfDay(JapanTime.ZONE).toInstant().toEpochMilli();
    return reportValues("r.submitted_at").stream().filter(m -> Long.parseLong(m) >= start).count();
  }

  /** Per outcome: cases, median and 90th percentile of whole days (nearest rank). */
  Map<String, List<Long>> timeToClose() {
    Map<String, List<Long>> durations = new TreeMap<>();
    sql.query(
        "SELECT o.type, o.recorded_at - r.submitted_at FROM pre_report r"
            + " JOIN case_outcome o ON o.case_id = r.id WHERE r.submitted_at IS NOT NULL"
            + ofOrg("r")
            + " ORDER BY 2",
        row -> {
          durations
              .computeIfAbsent(row.getString(1), k -> new ArrayList<>())
              .add(row.getLong(2) / 86_400_000L);
          return null;
        },
        orgValues());
    Map<String, List<Long>> figures = new TreeMap<>();
    durations.forEach(
        (outcome, days) ->
            figures.put(outcome, List.of((long) days.size(), rank(days, 0.5), rank(days, 0.9))));
    return figures;
  }

  /** Per rule: met on time, met late, overdue on {@code today}, of the counted cases. */
  Map<String, List<Long>> deadlines(LocalDate today, boolean preReports, boolean patents) {
    Map<String, long[]> kept = new TreeMap<>();
    sql.query(
        "SELECT d.rule_name, d.case_kind, d.case_id, d.due_date, d.met_on, d.cancelled_on"
            + " FROM case_deadline d",
        row -> {
          boolean counted =
              "PRE_REPORT".equals(row.getString(2))
                  ? preReports && reportCounted(row.getString(3))
                  : patents && applicationCounted(row.getString(3));
          if (!counted || row.getString(6) != null) {
            return null;
          }
          LocalDate due = LocalDate.parse(row.getString(4));
          String met = row.getString(5);
          int column =
              met != null
                  ? (LocalDate.parse(met).isAfter(due) ? 1 : 0)
                  : (today.isAfter(due) ? 2 : -1);
          if (column >= 0) {
            kept.computeIfAbsent(row.getString(1), k -> new long[3])[column]++;
          }
          return null;
        });
    Map<String, List<Long>> figures = new TreeMap<>();
    kept.forEach((rule, c) -> figures.put(rule, List.of(c[0], c[1], c[2])));
    return figures;
  }

  /** The applications counted: their state and whether they were sent to review. */
  List<Object[]> applications() {
    return sql.query(
        "SELECT p.id, p.state, p.sent_to_review FROM patent_application p"
            + (organisation == null
                ? ""
                : " WHERE p.id IN (SELECT a.case_id FROM patent_applicant a"
                    + " WHERE a.organisation_id = ?)"),
        row -> new Object[] {row.getString(1), row.getString(2), row.getBoolean(3)},
        orgValues());
  }

  /** The counted applications' review records of {@code kind}: case id and record date. */
  List<String[]> records(String kind) {
    return sql
        .query(
            "SELECT x.case_id, x.record_date FROM patent_review_record x WHERE x.kind = ?",
            row -> new String[] {row.getString(1), row.getString(2)},
            kind)
        .stream()
        .filter(r -> applicationCounted(r[0]))
        .toList();
  }

  /** The counted applications' compensation claims: amount, state, decided amount (or -1). */
  List<long[]> claims() {
    return sql
        .query(
            "SELECT c.application_id, c.amount_yen, c.state, c.decided_amount"
                + " FROM compensation_claim c",
            row ->
                new Object[] {
                  row.getString(1),
                  new long[] {
                    row.getLong(2),
                    "DECIDED".equals(row.getString(3)) ? 1 : 0,
                    row.getObject(4) == null ? -1 : row.getLong(4)
                  }
                })
        .stream()
        .filter(r -> applicationCounted((String) r[0]))
        .map(r -> (long[]) r[1])
        .toList();
  }

  private boolean reportCounted(String id) {
    return !sql.query(
            "SELECT 1 FROM pre_report r WHERE r.id = ? AND r.submitted_at IS NOT NULL" + ofOrg("r"),
            row -> 1,
            organisation == null ? new Object[] {id} : new Object[] {id, organisation})
        .isEmpty();
  }

  private boolean applicationCounted(String id) {
    return applications().stream().anyMatch(a -> a[0].equals(id));
  }

  private String ofOrg(String alias) {
    return organisation == null ? "" : " AND " + alias + ".organisation_id = ?";
  }

  private Object[] orgValues() {
    return organisation == null ? new Object[0] : new Object[] {organisation};
  }

  private static long rank(List<Long> sorted, double p) {
    return sorted.get((int) Math.ceil(p * sorted.size()) - 1);
  }
}
