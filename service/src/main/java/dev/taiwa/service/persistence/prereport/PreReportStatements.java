package dev.taiwa.service.persistence.prereport;

import dev.taiwa.service.persistence.sql.SqlNull;
import dev.taiwa.service.persistence.sql.SqlStatement;
import dev.taiwa.service.persistence.sql.SqlStatements;
import jakarta.inject.Singleton;
import java.util.Arrays;

/**
 * The hand-written pre-report statements, run on the caller's connection and transaction: the
 * optimistic update (the filtered list is {@link PreReportSearchSql}, run by {@link
 * SqlStatements}).
 */
@Singleton
class PreReportStatements {
  private static final String UPDATE =
      "UPDATE pre_report SET reference = ?, organisation_id = ?, created_by = ?, state = ?,"
          + " contact_name = ?, contact_department = ?, contact_email = ?, contact_phone = ?,"
          + " transaction_type = ?, counterparty_name_original = ?,"
          + " counterparty_name_romanised = ?, counterparty_country = ?,"
          + " counterparty_relationship = ?, planned_date = ?, planned_date_kind = ?,"
          + " technology_description = ?, management_measures = ?, late_explanation = ?,"
          + " created_at = ?,"
          + " updated_at = ?, submitted_at = ?, lead_time_status = ?, lead_time_days = ?,"
          + " lead_time_explanation = ?, version = ?, search_text = ?"
          + " WHERE id = ? AND version = ?";

  private final SqlStatements statements;

  PreReportStatements(SqlStatements statements) {
    this.statements = statements;
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
      row.lateExplanation(),
      row.createdAt(),
      row.updatedAt(),
      SqlNull.bigint(row.submittedAt()),
      row.leadTimeStatus(),
      SqlNull.bigint(row.leadTimeDays()),
      row.leadTimeExplanation(),
      row.version(),
      row.searchText(),
      row.id(),
      row.version() - 1
    };
    return statements.update(new SqlStatement(UPDATE, Arrays.asList(values)));
  }
}
