package dev.taiwa.service.persistence.statistics;

import dev.taiwa.cases.statistics.model.CaseStatistics;
import dev.taiwa.cases.statistics.model.CountBy;
import dev.taiwa.cases.statistics.model.DeadlineKeeping;
import dev.taiwa.cases.statistics.model.PatentFigures;
import dev.taiwa.cases.statistics.model.PreReportFigures;
import dev.taiwa.cases.statistics.model.TimeToClose;
import dev.taiwa.cases.statistics.port.Statistics;
import dev.taiwa.cases.statistics.port.StatisticsFilter;
import dev.taiwa.cases.statistics.port.StatisticsScope;
import dev.taiwa.service.persistence.database.DatabaseKind;
import dev.taiwa.service.persistence.database.DatabaseSettings;
import dev.taiwa.service.persistence.sql.SqlStatement;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@link Statistics} as SQL aggregates over {@code pre_report}, {@code case_outcome}, {@code
 * patent_application}, {@code patent_review_record}, {@code compensation_claim} and {@code
 * case_deadline}: grouping, counting and nearest-rank percentiles (a window over each outcome's
 * durations) run in the database, the same statements on SQLite and PostgreSQL but for the month of
 * a submission instant (see {@link #monthFiled}).
 */
@Singleton
public class JdbcStatistics implements Statistics {
  private static final long DAY_MILLIS = 86_400_000L;
  private final SqlStatements sql;
  private final String monthFiled;

  JdbcStatistics(SqlStatements sql, DatabaseSettings settings) {
    this.sql = sql;
    this.monthFiled = monthFiled(settings.kind());
  }

  /** {@code yyyy-MM} of {@code r.submitted_at} (epoch milliseconds) in Japan (UTC+9, no DST). */
  static String monthFiled(DatabaseKind kind) {
    return switch (kind) {
      case SQLITE -> "strftime('%Y-%m', r.submitted_at / 1000 + 32400, 'unixepoch')";
      case POSTGRES ->
          "to_char(to_timestamp(r.submitted_at / 1000 + 32400) AT TIME ZONE 'UTC', 'YYYY-MM')";
    };
  }

  @Override
  @ReadOnly
  public CaseStatistics figures(StatisticsScope scope, StatisticsFilter filter, LocalDate today) {
    SqlStatement reports =
        scope.coversPreReports() ? StatisticsConditions.preReports(scope, filter) : null;
    SqlStatement patents =
        scope.coversPatents() ? StatisticsConditions.patents(scope, filter) : null;
    return new CaseStatistics(
        reports == null ? null : preReports(reports),
        patents == null ? null : patents(patents, today),
        deadlines(reports, patents, today));
  }

  private PreReportFigures preReports(SqlStatement where) {
    long filed =
        count("SELECT COUNT(*) FROM pre_report r WHERE " + where.sql(), where.parameters());
    return new PreReportFigures(
        filed,
        countBy(
            "SELECT t.technology_number, COUNT(*) FROM pre_report r"
                + " JOIN pre_report_technology t ON t.report_id = r.id WHERE "
                + where.sql()
                + " GROUP BY t.technology_number ORDER BY t.technology_number",
            where.parameters()),
        byColumn("r.counterparty_country", where),
        byColumn("r.transaction_type", where),
        byColumn("r.state", where),
        countBy(
            "SELECT "
                + monthFiled
                + " AS month_filed, COUNT(*) FROM pre_report r WHERE "
                + where.sql()
                + " GROUP BY "
                + monthFiled
                + " ORDER BY month_filed",
            where.parameters()),
        countBy(
            "SELECT r.lead_time_status, COUNT(*) FROM pre_report r WHERE "
                + where.sql()
                + " AND r.lead_time_status IS NOT NULL GROUP BY r.lead_time_status"
                + " ORDER BY r.lead_time_status",
            where.parameters()),
        timeToClose(where));
  }

  private List<CountBy> byColumn(String column, SqlStatement where) {
    String key = "COALESCE(" + column + ", '')";
    return countBy(
        "SELECT "
            + key
            + ", COUNT(*) FROM pre_report r WHERE "
            + where.sql()
            + " GROUP BY "
            + key
            + " ORDER BY "
            + key,
        where.parameters());
  }

  /**
   * Median and 90th percentile by nearest rank: in each outcome's durations ordered ascending, the
   * first whose rank reaches p × n.
   */
  private List<TimeToClose> timeToClose(SqlStatement where) {
    String durations =
        "SELECT o.type AS outcome, (o.recorded_at - r.submitted_at) / "
            + DAY_MILLIS
            + " AS days,"
            + " ROW_NUMBER() OVER (PARTITION BY o.type ORDER BY o.recorded_at - r.submitted_at)"
            + " AS place, COUNT(*) OVER (PARTITION BY o.type) AS cases"
            + " FROM pre_report r JOIN case_outcome o ON o.case_id = r.id WHERE "
            + where.sql();
    return sql.query(
        "SELECT outcome, MAX(cases), MIN(CASE WHEN place >= 0.5 * cases THEN days END),"
            + " MIN(CASE WHEN place >= 0.9 * cases THEN days END) FROM ("
            + durations
            + ") d GROUP BY outcome ORDER BY outcome",
        row -> new TimeToClose(row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4)),
        where.parameters().toArray());
  }

  private PatentFigures patents(SqlStatement where, LocalDate today) {
    List<Object> applicationValues = new ArrayList<>();
    applicationValues.add(today.toString());
    applicationValues.add(today.plusDays(PatentFigures.ENDING_SOON_DAYS).toString());
    applicationValues.addAll(where.parameters());
    long[] applications =
        sql.query(
                "SELECT COALESCE(SUM(CASE WHEN p.sent_to_review OR p.state = 'NOT_SENT'"
                    + " THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN p.sent_to_review THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN p.state = 'DESIGNATED' THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN p.state = 'DESIGNATED' AND"
                    + " (SELECT MAX(x.record_date) FROM patent_review_record x"
                    + " WHERE x.case_id = p.id AND x.kind IN ('DESIGNATION', 'EXTENSION'))"
                    + " BETWEEN ? AND ? THEN 1 ELSE 0 END), 0)"
                    + " FROM patent_application p WHERE "
                    + where.sql(),
                row -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)},
                applicationValues.toArray())
            .get(0);
    Map<String, Long> decisions =
        countBy(
                "SELECT x.kind, COUNT(*) FROM patent_review_record x"
                    + " JOIN patent_application p ON p.id = x.case_id WHERE "
                    + where.sql()
                    + " AND x.kind IN ('EXTENSION', 'LIFTING') GROUP BY x.kind",
                where.parameters())
            .stream()
            .collect(Collectors.toMap(CountBy::key, CountBy::count));
    long[] compensation =
        sql.query(
                "SELECT COUNT(*), COALESCE(SUM(c.amount_yen), 0),"
                    + " COALESCE(SUM(CASE WHEN c.state = 'DECIDED' AND c.decided_amount > 0"
                    + " THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN c.state = 'DECIDED' THEN c.decided_amount"
                    + " ELSE 0 END), 0)"
                    + " FROM compensation_claim c JOIN patent_application p"
                    + " ON p.id = c.application_id WHERE "
                    + where.sql(),
                row -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)},
                where.parameters().toArray())
            .get(0);
    return new PatentFigures(
        applications[0],
        applications[1],
        applications[2],
        applications[3],
        decisions.getOrDefault("EXTENSION", 0L),
        decisions.getOrDefault("LIFTING", 0L),
        compensation[0],
        compensation[1],
        compensation[2],
        compensation[3]);
  }

  /**
   * Deadlines of the counted cases of either track, by rule: met on time, met late, open past due.
   * Cancelled deadlines and open ones not yet due are left out.
   */
  private List<DeadlineKeeping> deadlines(
      SqlStatement reports, SqlStatement patents, LocalDate today) {
    List<String> cases = new ArrayList<>();
    List<Object> values = new ArrayList<>(List.of(today.toString()));
    if (reports != null) {
      cases.add(
          "(d.case_kind = 'PRE_REPORT' AND d.case_id IN (SELECT r.id FROM pre_report r WHERE "
              + reports.sql()
              + "))");
      values.addAll(reports.parameters());
    }
    if (patents != null) {
      cases.add(
          "(d.case_kind = 'PATENT_APPLICATION' AND d.case_id IN"
              + " (SELECT p.id FROM patent_application p WHERE "
              + patents.sql()
              + "))");
      values.addAll(patents.parameters());
    }
    return sql.query(
        "SELECT rule_name, SUM(on_time), SUM(late), SUM(overdue) FROM ("
            + "SELECT d.rule_name,"
            + " CASE WHEN d.met_on IS NOT NULL AND d.met_on <= d.due_date THEN 1 ELSE 0 END"
            + " AS on_time,"
            + " CASE WHEN d.met_on IS NOT NULL AND d.met_on > d.due_date THEN 1 ELSE 0 END AS late,"
            + " CASE WHEN d.met_on IS NULL AND d.due_date < ? THEN 1 ELSE 0 END AS overdue"
            + " FROM case_deadline d WHERE d.cancelled_on IS NULL AND ("
            + String.join(" OR ", cases)
            + ")) k GROUP BY rule_name HAVING SUM(on_time + late + overdue) > 0"
            + " ORDER BY rule_name",
        row ->
            new DeadlineKeeping(row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4)),
        values.toArray());
  }

  private long count(String query, List<Object> values) {
    return sql.count(new SqlStatement(query, values));
  }

  private List<CountBy> countBy(String query, List<Object> values) {
    return sql.query(query, row -> new CountBy(row.getString(1), row.getLong(2)), values.toArray());
  }
}
