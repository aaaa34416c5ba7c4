package dev.taiwa.service.persistence.patent;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.patent.model.ReviewRecord;
import dev.taiwa.cases.patent.model.ReviewRecordKind;
import dev.taiwa.cases.patent.model.SharingBusiness;
import dev.taiwa.cases.patent.port.PatentReviewRecords;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link PatentReviewRecords} in {@code patent_review_record} (in the order they were inserted) and
 * {@code patent_sharing_business}, plain SQL that runs on SQLite and PostgreSQL, in the caller's
 * transaction.
 */
@Singleton
public class JdbcPatentReviewRecords implements PatentReviewRecords {
  private final SqlStatements sql;

  JdbcPatentReviewRecords(SqlStatements sql) {
    this.sql = sql;
  }

  @Override
  @Transactional
  public void insert(ReviewRecord record) {
    sql.update(
        "INSERT INTO patent_review_record (id, seq, case_id, kind, parent_id, body, record_date,"
            + " recorded_by, recorded_at) VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM"
            + " patent_review_record WHERE case_id = ?), ?, ?, ?, ?, ?, ?, ?)",
        record.id().toString(),
        record.caseId().toString(),
        record.caseId().toString(),
        record.kind().name(),
        record.parent().map(UUID::toString).orElse(null),
        record.text(),
        record.date().map(LocalDate::toString).orElse(null),
        record.recordedBy().toString(),
        record.recordedAt().toEpochMilli());
    for (int i = 0; i < record.businesses().size(); i++) {
      SharingBusiness business = record.businesses().get(i);
      sql.update(
          "INSERT INTO patent_sharing_business (record_id, position, name, address, role)"
              + " VALUES (?, ?, ?, ?, ?)",
          record.id().toString(),
          i,
          business.name(),
          business.address(),
          business.role());
    }
  }

  private record Row(
      String id,
      String caseId,
      String kind,
      String parent,
      String body,
      String date,
      String by,
      long at) {}

  private record BusinessRow(String recordId, SharingBusiness business) {}

  @Override
  @ReadOnly
  public List<ReviewRecord> ofCase(CaseId caseId) {
    List<Row> rows =
        sql.query(
            "SELECT id, case_id, kind, parent_id, body, record_date, recorded_by, recorded_at"
                + " FROM patent_review_record WHERE case_id = ? ORDER BY seq",
            r ->
                new Row(
                    r.getString("id"),
                    r.getString("case_id"),
                    r.getString("kind"),
                    r.getString("parent_id"),
                    r.getString("body"),
                    r.getString("record_date"),
                    r.getString("recorded_by"),
                    r.getLong("recorded_at")),
            caseId.toString());
    Map<String, List<SharingBusiness>> businesses = new LinkedHashMap<>();
    sql.query(
            "SELECT b.record_id, b.name, b.address, b.role FROM patent_sharing_business b"
                + " JOIN patent_review_record r ON r.id = b.record_id"
                + " WHERE r.case_id = ? ORDER BY b.record_id, b.position",
            r ->
                new BusinessRow(
                    r.getString("record_id"),
                    new SharingBusiness(
                        r.getString("name"), r.getString("address"), r.getString("role"))),
            caseId.toString())
        .forEach(
            b ->
                businesses.computeIfAbsent(b.recordId(), k -> new ArrayList<>()).add(b.business()));
    return rows.stream()
        .map(
            row ->
                new ReviewRecord(
                    UUID.fromString(row.id()),
                    CaseId.parse(row.caseId()),
                    ReviewRecordKind.valueOf(row.kind()),
                    Optional.ofNullable(row.parent()).map(UUID::fromString),
                    row.body(),
                    Optional.ofNullable(row.date()).map(LocalDate::parse),
                    businesses.getOrDefault(row.id(), List.of()),
                    new UserId(UUID.fromString(row.by())),
                    Instant.ofEpochMilli(row.at())))
        .toList();
  }
}
