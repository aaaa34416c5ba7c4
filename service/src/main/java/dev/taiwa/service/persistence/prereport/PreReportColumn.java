package dev.taiwa.service.persistence.prereport;

import dev.taiwa.service.persistence.sql.SqlNull;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of {@code pre_report} a report is stored in, in one list: the batched insert and the
 * optimistic update write them ({@link PreReportStatements}), a read selects the ones it reads in
 * this order ({@link PreReportReads}) and {@link #read} reads each at its position. A column comes
 * with its row component ({@link PreReportRow}), which the reader's call of the row's constructor
 * then must read. The table's other column, {@code next_due_date}, is kept by a trigger from the
 * case's deadlines and neither written nor read here.
 */
enum PreReportColumn {
  ID("id", PreReportRow::id),
  REFERENCE("reference", PreReportRow::reference),
  ORGANISATION_ID("organisation_id", PreReportRow::organisationId),
  CREATED_BY("created_by", PreReportRow::createdBy),
  STATE("state", PreReportRow::state),
  CONTACT_NAME("contact_name", PreReportRow::contactName),
  CONTACT_DEPARTMENT("contact_department", PreReportRow::contactDepartment),
  CONTACT_EMAIL("contact_email", PreReportRow::contactEmail),
  CONTACT_PHONE("contact_phone", PreReportRow::contactPhone),
  TRANSACTION_TYPE("transaction_type", PreReportRow::transactionType),
  COUNTERPARTY_NAME_ORIGINAL("counterparty_name_original", PreReportRow::counterpartyNameOriginal),
  COUNTERPARTY_NAME_ROMANISED(
      "counterparty_name_romanised", PreReportRow::counterpartyNameRomanised),
  COUNTERPARTY_COUNTRY("counterparty_country", PreReportRow::counterpartyCountry),
  COUNTERPARTY_RELATIONSHIP("counterparty_relationship", PreReportRow::counterpartyRelationship),
  PLANNED_DATE("planned_date", PreReportRow::plannedDate),
  PLANNED_DATE_KIND("planned_date_kind", PreReportRow::plannedDateKind),
  TECHNOLOGY_DESCRIPTION("technology_description", PreReportRow::technologyDescription),
  MANAGEMENT_MEASURES("management_measures", PreReportRow::managementMeasures),
  LATE_EXPLANATION("late_explanation", PreReportRow::lateExplanation),
  CREATED_AT("created_at", PreReportRow::createdAt),
  UPDATED_AT("updated_at", PreReportRow::updatedAt),
  SUBMITTED_AT("submitted_at", row -> SqlNull.bigint(row.submittedAt())),
  LEAD_TIME_STATUS("lead_time_status", PreReportRow::leadTimeStatus),
  LEAD_TIME_DAYS("lead_time_days", row -> SqlNull.bigint(row.leadTimeDays())),
  LEAD_TIME_EXPLANATION("lead_time_explanation", PreReportRow::leadTimeExplanation),
  LEAD_TIME_EXPLANATION_JA("lead_time_explanation_ja", PreReportRow::leadTimeExplanationJa),
  VERSION("version", PreReportRow::version),
  /** Written only: what the report is found by; no read needs it, and it is the longest text. */
  SEARCH_TEXT("search_text", PreReportRow::searchText);

  /** Every column but the id, in order: what an update may set. */
  static final List<PreReportColumn> ALL_BUT_ID = Arrays.stream(values()).skip(1).toList();

  /** The columns a read selects, in order ({@link #position}). */
  static final List<PreReportColumn> READ =
      Arrays.stream(values()).filter(column -> column != SEARCH_TEXT).toList();

  /** Each column's position in {@link #READ} from 1, by ordinal; 0 for a column not read. */
  private static final int[] POSITIONS = new int[values().length];

  static {
    for (int i = 0; i < READ.size(); i++) {
      POSITIONS[READ.get(i).ordinal()] = i + 1;
    }
  }

  private final String sqlName;
  private final Function<PreReportRow, Object> value;

  PreReportColumn(String sqlName, Function<PreReportRow, Object> value) {
    this.sqlName = sqlName;
    this.value = value;
  }

  /** The column's name in SQL. */
  String sqlName() {
    return sqlName;
  }

  /** The value {@code row} writes to this column (a typed NULL for a missing number). */
  Object valueIn(PreReportRow row) {
    return value.apply(row);
  }

  /**
   * This column's position (from 1) in a read's select list ({@link #READ}); fails for a column no
   * read selects.
   */
  int position() {
    int position = POSITIONS[ordinal()];
    if (position == 0) {
      throw new IllegalStateException(sqlName + " is not read");
    }
    return position;
  }

  /**
   * The row on the current row of {@code row}, a row selecting {@link #READ} in order: each column
   * read at its position, without its search text, which no read selects.
   */
  static PreReportRow read(ResultSet row) throws SQLException {
    return new PreReportRow(
        row.getString(ID.position()),
        row.getString(REFERENCE.position()),
        row.getString(ORGANISATION_ID.position()),
        row.getString(CREATED_BY.position()),
        row.getString(STATE.position()),
        row.getString(CONTACT_NAME.position()),
        row.getString(CONTACT_DEPARTMENT.position()),
        row.getString(CONTACT_EMAIL.position()),
        row.getString(CONTACT_PHONE.position()),
        row.getString(TRANSACTION_TYPE.position()),
        row.getString(COUNTERPARTY_NAME_ORIGINAL.position()),
        row.getString(COUNTERPARTY_NAME_ROMANISED.position()),
        row.getString(COUNTERPARTY_COUNTRY.position()),
        row.getString(COUNTERPARTY_RELATIONSHIP.position()),
        row.getString(PLANNED_DATE.position()),
        row.getString(PLANNED_DATE_KIND.position()),
        row.getString(TECHNOLOGY_DESCRIPTION.position()),
        row.getString(MANAGEMENT_MEASURES.position()),
        row.getString(LATE_EXPLANATION.position()),
        row.getLong(CREATED_AT.position()),
        row.getLong(UPDATED_AT.position()),
        nullableLong(row, SUBMITTED_AT.position()),
        row.getString(LEAD_TIME_STATUS.position()),
        nullableLong(row, LEAD_TIME_DAYS.position()),
        row.getString(LEAD_TIME_EXPLANATION.position()),
        row.getString(LEAD_TIME_EXPLANATION_JA.position()),
        row.getLong(VERSION.position()),
        null);
  }

  private static Long nullableLong(ResultSet row, int position) throws SQLException {
    long value = row.getLong(position);
    return row.wasNull() ? null : value;
  }
}
