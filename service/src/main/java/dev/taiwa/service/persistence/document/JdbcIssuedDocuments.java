package dev.taiwa.service.persistence.document;

import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.document.model.IssuedDocument;
import dev.taiwa.cases.document.port.IssuedDocuments;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.service.persistence.crypto.ContentCipher;
import dev.taiwa.service.persistence.crypto.EncryptedColumn;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link IssuedDocuments} in {@code issued_document}, the PDF bytes kept with the record; the data
 * snapshot and the PDF (which print the invention's title) are stored encrypted ({@link
 * ContentCipher}).
 */
@Singleton
public class JdbcIssuedDocuments implements IssuedDocuments {
  private static final String COLUMNS =
      "id, case_id, kind, template_version, snapshot, sha256, generated_by, generated_at,"
          + " byte_size, secret, document_number";

  private final SqlStatements sql;
  private final ContentCipher cipher;

  JdbcIssuedDocuments(SqlStatements sql, ContentCipher cipher) {
    this.sql = sql;
    this.cipher = cipher;
  }

  @Override
  @Transactional
  public void insert(IssuedDocument document, byte[] pdf) {
    sql.update(
        "INSERT INTO issued_document ("
            + COLUMNS
            + ", pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        document.id().toString(),
        document.caseId().toString(),
        document.kind().name(),
        document.templateVersion(),
        cipher.encrypt(document.snapshot(), EncryptedColumn.DOCUMENT_SNAPSHOT.place(document.id())),
        document.sha256(),
        document.generatedBy().toString(),
        document.generatedAt().toEpochMilli(),
        document.byteSize(),
        document.secret() ? 1 : 0,
        document.number(),
        cipher.encrypt(pdf, EncryptedColumn.DOCUMENT_PDF.place(document.id())));
  }

  @Override
  @ReadOnly
  public Optional<IssuedDocument> find(UUID id) {
    return sql
        .query(
            "SELECT " + COLUMNS + " FROM issued_document WHERE id = ?", this::read, id.toString())
        .stream()
        .findFirst();
  }

  @Override
  @ReadOnly
  public Optional<byte[]> bytes(UUID id) {
    return sql
        .query(
            "SELECT pdf FROM issued_document WHERE id = ?",
            row -> cipher.decrypt(row.getBytes("pdf"), EncryptedColumn.DOCUMENT_PDF.place(id)),
            id.toString())
        .stream()
        .findFirst();
  }

  @Override
  @ReadOnly
  public List<IssuedDocument> findByCases(Collection<CaseId> cases) {
    if (cases.isEmpty()) {
      return List.of();
    }
    Object[] ids = cases.stream().map(CaseId::toString).distinct().toArray();
    return sql.query(
        "SELECT "
            + COLUMNS
            + " FROM issued_document WHERE case_id IN ("
            + SqlStatements.placeholders(List.of(ids))
            + ") ORDER BY generated_at, id",
        this::read,
        ids);
  }

  @Override
  @ReadOnly
  public List<IssuedDocument> findBySha256(String sha256) {
    return sql.query(
        "SELECT " + COLUMNS + " FROM issued_document WHERE sha256 = ? ORDER BY generated_at, id",
        this::read,
        sha256);
  }

  @Override
  @ReadOnly
  public List<IssuedDocument> findByNumber(String number) {
    return sql.query(
        "SELECT "
            + COLUMNS
            + " FROM issued_document WHERE document_number = ? ORDER BY generated_at, id",
        this::read,
        number);
  }

  private IssuedDocument read(ResultSet row) throws SQLException {
    UUID id = UUID.fromString(row.getString("id"));
    return new IssuedDocument(
        id,
        CaseId.parse(row.getString("case_id")),
        DocumentKind.valueOf(row.getString("kind")),
        row.getString("template_version"),
        cipher.decrypt(row.getString("snapshot"), EncryptedColumn.DOCUMENT_SNAPSHOT.place(id)),
        row.getString("sha256"),
        UserId.parse(row.getString("generated_by")),
        Instant.ofEpochMilli(row.getLong("generated_at")),
        row.getInt("byte_size"),
        row.getInt("secret") == 1,
        row.getString("document_number"));
  }
}
