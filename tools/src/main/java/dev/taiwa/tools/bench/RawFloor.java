package dev.taiwa.tools.bench;

import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.prereport.port.PreReportFilter;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import dev.taiwa.cases.prereport.port.PreReportScope;
import dev.taiwa.service.persistence.database.DatabaseKind;
import dev.taiwa.service.persistence.prereport.PreReportReads;
import dev.taiwa.service.persistence.prereport.PreReportSearchSql;
import dev.taiwa.service.persistence.sql.SqlStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The raw floor: what the same reads cost through plain JDBC on the service's own pool, without
 * GraphQL, access decisions or JSON. The lists run the service's own statements ({@link
 * PreReportSearchSql}, with each row's technologies: {@link PreReportReads}) in the officer's scope
 * (every filed report), so the ratio to it shows what the service adds.
 */
final class RawFloor {
  private static final PreReportScope OFFICER = PreReportScope.filedOfEveryOrganisation();

  private final DataSource dataSource;
  private final PreReportReads reads;

  RawFloor(DataSource dataSource, DatabaseKind kind) {
    this.dataSource = dataSource;
    this.reads = PreReportReads.of(kind);
  }

  /** Q1: the newest 20 filed reports and their technologies. */
  void newest() throws SQLException {
    page(PreReportFilter.none(), null);
  }

  /** Q3: the newest 20 filed reports naming a technology and a country. */
  void filtered(int technology, String country) throws SQLException {
    page(new PreReportFilter(Set.of(), technology, country, null, null, null, null), null);
  }

  /** The deep page: 20 filed reports behind {@code position}. */
  void behind(PageRequest.Position position) throws SQLException {
    page(PreReportFilter.none(), position);
  }

  /** The keyset position of the filed report at {@code offset}, newest first; null past the end. */
  PageRequest.Position positionAt(int offset) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT created_at, id FROM pre_report WHERE state <> ? ORDER BY created_at DESC,"
                    + " id DESC LIMIT 1 OFFSET ?")) {
      statement.setString(1, "DRAFT");
      statement.setInt(2, offset);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next()
            ? new PageRequest.Position(
                Instant.ofEpochMilli(rows.getLong(1)), UUID.fromString(rows.getString(2)))
            : null;
      }
    }
  }

  /** Q2: one case with its meetings and concerns (and their entries and answers). */
  void caseWithDialogue(String caseId) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      rows(connection, "SELECT * FROM pre_report WHERE id = ?", caseId);
      rows(
          connection,
          "SELECT technology_number FROM pre_report_technology WHERE report_id = ?",
          caseId);
      List<String> meetings =
          rows(
              connection,
              "SELECT id, state, starts_at, place FROM dialogue_meeting WHERE"
                  + " case_id = ? ORDER BY starts_at",
              caseId);
      for (String meeting : meetings) {
        rows(
            connection,
            "SELECT kind, text FROM dialogue_meeting_entry WHERE meeting_id = ?",
            meeting);
      }
      List<String> concerns =
          rows(
              connection,
              "SELECT id, state, description FROM dialogue_concern WHERE case_id = ?",
              caseId);
      for (String concern : concerns) {
        rows(connection, "SELECT text FROM dialogue_concern_answer WHERE concern_id = ?", concern);
      }
      connection.commit();
    }
  }

  private void page(PreReportFilter filter, PageRequest.Position after) throws SQLException {
    SqlStatement page =
        reads.page(
            PreReportSearchSql.of(OFFICER, filter).page(new PageRequest(Targets.PAGE, after)),
            PreReportOrder.NEWEST);
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      rows(connection, page.sql(), page.parameters().toArray());
      connection.commit();
    }
  }

  /** Runs {@code sql}, reads every column of every row; answers the first column's values. */
  private static List<String> rows(Connection connection, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<String> first = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        int columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
          first.add(rows.getString(1));
          for (int c = 2; c <= columns; c++) {
            rows.getObject(c);
          }
        }
      }
      return first;
    }
  }
}
