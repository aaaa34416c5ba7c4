package dev.taiwa.service.persistence.patent;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.patent.model.ReviewRecord;
import dev.taiwa.cases.patent.model.ReviewRecordKind;
import dev.taiwa.cases.patent.model.SharingBusiness;
import dev.taiwa.cases.patent.port.PatentReviewRecords;
import dev.taiwa.service.persistence.crypto.ContentCipher;
import dev.taiwa.service.persistence.crypto.EncryptedColumn;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link PatentReviewRecords} in {@code patent_review_record} (in the order they were inserted;
 * each text encrypted, {@link EncryptedColumn#REVIEW_RECORD_BODY}) and {@code
 * patent_sharing_business}, plain SQL that runs on SQLite and PostgreSQL, in the caller's
 * transaction.
 */
@Singleton
public class JdbcPatentReviewRecords implements PatentReviewRecords {
  private final SqlStatements sql;
  private final ContentCipher cipher;

  JdbcPatentReviewRecords(SqlStatements sql, ContentCipher cipher) {
    this.sql = sql;
    this.cipher = cipher;
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
        cipher.encrypt(record.text(), EncryptedColumn.REVIEW_RECORD_BODY.place(record.id())),
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
    return ofCases(List.of(caseId)).get(caseId);
  }

  /** Two queries for all of {@code caseIds}, however many. */
  @Override
  @ReadOnly
  public Map<CaseId, List<ReviewRecord>> ofCases(Collection<CaseId> caseIds) {
    Map<CaseId, List<ReviewRecord>> byCase = new LinkedHashMap<>();
    caseIds.forEach(id -> byCase.put(id, new ArrayList<>()));
    if (caseIds.isEmpty()) {
      return byCase;
    }
    Object[] ids = byCase.keySet().stream().map(CaseId::toString).toArray();
    String in = String.join(", ", Collections.nCopies(ids.length, "?"));
    List<Row> rows =
        sql.query(
            "SELECT id, case_id, kind, parent_id, body, record_date, recorded_by, recorded_at"
                + " FROM patent_review_record WHERE case_id IN ("
                + in
                + ") ORDER BY case_id, seq",
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
            ids);
    Map<String, List<SharingBusiness>> businesses = new LinkedHashMap<>();
    if (!rows.isEmpty()) {
      sql.query(
              "SELECT b.record_id, b.name, b.address, b.role FROM patent_sharing_business b"
                  + " JOIN patent_review_record r ON r.id = b.record_id"
                  + " WHERE r.case_id IN ("
                  + in
                  + ") ORDER BY b.record_id, b.position",
              r ->
                  new BusinessRow(
                      r.getString("record_id"),
                      new SharingBusiness(
                          r.getString("name"), r.getString("address"), r.getString("role"))),
              ids)
          .forEach(
              b ->
                  businesses
                      .computeIfAbsent(b.recordId(), k -> new ArrayList<>())
                      .add(b.business()));
    }
    for (Row row : rows) {
      CaseId caseId = CaseId.parse(row.caseId());
      byCase
          .get(caseId)
          .add(
              new ReviewRecord(
                  UUID.fromString(row.id()),
                  caseId,
                  ReviewRecordKind.valueOf(row.kind()),
                  Optional.ofNullable(row.parent()).map(UUID::fromString),
                  cipher.decrypt(row.body(), EncryptedColumn.REVIEW_RECORD_BODY.place(row.id())),
                  Optional.ofNullable(row.date()).map(LocalDate::parse),
                  businesses.getOrDefault(row.id(), List.of()),
                  new UserId(UUID.fromString(row.by())),
                  Instant.ofEpochMilli(row.at())));
    }
    return byCase;
  }
}
