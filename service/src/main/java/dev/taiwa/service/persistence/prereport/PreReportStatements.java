package dev.taiwa.service.persistence.prereport;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The hand-written pre-report statements, run on the caller's connection and transaction: the
 * optimistic update and the filtered, keyset-paged list.
 */
@Singleton
class PreReportStatements {
  private static final String UPDATE =
      "UPDATE pre_report SET reference = ?, organisation_id = ?, created_by = ?, state = ?,"
          + " contact_name = ?, contact_department = ?, contact_email = ?, contact_phone = ?,"
          + " transaction_type = ?, counterparty_name_original = ?,"
          + " counterparty_name_romanised = ?, counterparty_country = ?,"
          + " counterparty_relationship = ?, planned_date = ?, planned_date_kind = ?,"
          + " technology_description = ?, management_measures = ?, created_at = ?,"
          + " updated_at = ?, submitted_at = ?, lead_time_status = ?, lead_time_days = ?,"
          + " lead_time_explanation = ?, version = ?"
          + " WHERE id = ? AND version = ?";

  private final JdbcOperations jdbc;

  PreReportStatements(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes {@code row} over the stored row if that is at {@code row.version() - 1}; row count. */
  int updateIfUnchanged(PreReportRow row) {
    Object[] values = {
      row.reference(),
      row.organisationId(),
      row.createdBy(),
      row.state(),
      row.contactName(),
      row.contactDepartment(),
      row.contactEmail(),
      row.contactPhone(),
      row.transactionType(),
      row.counterpartyNameOriginal(),
      row.counterpartyNameRomanised(),
      row.counterpartyCountry(),
      row.counterpartyRelationship(),
      row.plannedDate(),
      row.plannedDateKind(),
      row.technologyDescription(),
      row.managementMeasures(),
      row.createdAt(),
      row.updatedAt(),
      bigint(row.submittedAt()),
      row.leadTimeStatus(),
      bigint(row.leadTimeDays()),
      row.leadTimeExplanation(),
      row.version(),
      row.id(),
      row.version() - 1
    };
    return jdbc.prepareStatement(
        UPDATE,
        statement -> {
          bind(statement, Arrays.asList(values));
          return statement.executeUpdate();
        });
  }

  List<PreReportRow> select(PreReportSearchSql.Statement query) {
    return jdbc.prepareStatement(
        query.sql(),
        statement -> {
          bind(statement, query.parameters());
          List<PreReportRow> rows = new ArrayList<>();
          try (ResultSet resultSet = statement.executeQuery()) {
            while (resultSet.next()) {
              rows.add(jdbc.readEntity(resultSet, PreReportRow.class));
            }
          }
          return rows;
        });
  }

  long count(PreReportSearchSql.Statement query) {
    return jdbc.prepareStatement(
        query.sql(),
        statement -> {
          bind(statement, query.parameters());
          try (ResultSet resultSet = statement.executeQuery()) {
            resultSet.next();
            return resultSet.getLong(1);
          }
        });
  }

  /** A null of a known SQL type: PostgreSQL refuses a null text where a bigint belongs. */
  private record NullOf(int sqlType) {}

  private static Object bigint(Long value) {
    return value == null ? new NullOf(Types.BIGINT) : value;
  }

  private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      int index = i + 1;
      if (value == null) {
        statement.setNull(index, Types.VARCHAR);
      } else if (value instanceof NullOf typed) {
        statement.setNull(index, typed.sqlType());
      } else if (value instanceof String text) {
        statement.setString(index, text);
      } else if (value instanceof Long number) {
        statement.setLong(index, number);
      } else if (value instanceof Integer number) {
        statement.setInt(index, number);
      } else {
        throw new IllegalArgumentException("cannot bind " + value.getClass());
      }
    }
  }
}
