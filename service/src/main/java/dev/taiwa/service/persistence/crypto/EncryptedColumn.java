package dev.taiwa.service.persistence.crypto;

/**
 * Every column that holds invention content, stored encrypted by {@link ContentCipher}: the title,
 * abstract and claims of patent applications, the texts of their review records (materials asked
 * and answered, consultations, notices, decisions), the title and summary of prior-confirmation
 * requests, and the data snapshot and PDF of issued documents (which print titles). Each value's
 * associated data is its place, {@code table.column:row id}.
 */
public enum EncryptedColumn {
  PATENT_TITLE("patent_application", "title", false),
  PATENT_ABSTRACT("patent_application", "abstract_text", false),
  PATENT_CLAIMS("patent_application", "claims", false),
  REVIEW_RECORD_BODY("patent_review_record", "body", false),
  CONFIRMATION_TITLE("prior_confirmation", "title", false),
  CONFIRMATION_SUMMARY("prior_confirmation", "summary", false),
  DOCUMENT_SNAPSHOT("issued_document", "snapshot", false),
  DOCUMENT_PDF("issued_document", "pdf", true);

  private final String table;
  private final String column;
  private final boolean bytes;

  EncryptedColumn(String table, String column, boolean bytes) {
    this.table = table;
    this.column = column;
    this.bytes = bytes;
  }

  public String table() {
    return table;
  }

  public String column() {
    return column;
  }

  /** True for a binary column (BLOB / BYTEA), false for text. */
  public boolean bytes() {
    return bytes;
  }

  /** The associated data of the value in row {@code id}. */
  public String place(Object id) {
    return table + "." + column + ":" + id;
  }
}
