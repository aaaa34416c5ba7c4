package dev.taiwa.service.persistence.screening;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.screening.model.OpenCase;
import dev.taiwa.cases.screening.model.ScreeningSubject;
import dev.taiwa.cases.screening.port.OpenCases;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link OpenCases}: the open filed pre-reports with their counterparty names and case officer, a
 * batch at a time in id order (the primary key's order, so each batch reads on from the cursor).
 */
@Singleton
public class JdbcOpenCases implements OpenCases {
  private static final List<String> OPEN =
      Arrays.stream(PreReportState.values())
          .filter(s -> s.isOpen() && s != PreReportState.DRAFT)
          .map(Enum::name)
          .sorted()
          .toList();
  private static final String IN_OPEN = "r.state IN (" + SqlStatements.placeholders(OPEN) + ")";

  /**
   * The same condition as an expression no index serves: a batch walks the primary key from the
   * cursor and skips the closed reports, instead of collecting every open report behind the cursor
   * through the state index and sorting them for each batch (which grows with the square of the
   * register).
   */
  private static final String IN_OPEN_BY_ID =
      "(r.state || '') IN (" + SqlStatements.placeholders(OPEN) + ")";

  private final SqlStatements sql;

  public JdbcOpenCases(SqlStatements sql) {
    this.sql = sql;
  }

  @Override
  @ReadOnly
  public int count() {
    return sql.query(
            "SELECT COUNT(*) AS n FROM pre_report r WHERE " + IN_OPEN,
            row -> row.getInt("n"),
            OPEN.toArray())
        .get(0);
  }

  @Override
  @ReadOnly
  public List<OpenCase> after(String afterCase, int limit) {
    List<Object> values = new ArrayList<>(OPEN);
    String after = "";
    if (afterCase != null) {
      after = " AND r.id > ?";
      values.add(afterCase);
    }
    values.add(limit);
    return sql.query(
        "SELECT r.id, r.reference, r.counterparty_name_original, r.counterparty_name_romanised,"
            + " o.officer_id FROM pre_report r LEFT JOIN case_officer o ON o.case_id = r.id"
            + " WHERE "
            + IN_OPEN_BY_ID
            + after
            + " ORDER BY r.id LIMIT ?",
        JdbcOpenCases::read,
        values.toArray());
  }

  private static OpenCase read(ResultSet row) throws SQLException {
    String officer = row.getString("officer_id");
    return new OpenCase(
        CaseId.parse(row.getString("id")),
        row.getString("reference"),
        new ScreeningSubject(
            row.getString("counterparty_name_original"),
            row.getString("counterparty_name_romanised")),
        Optional.ofNullable(officer).map(o -> new UserId(UUID.fromString(o))));
  }
}
