-- Issued documents: the PDF as issued, the template version and data snapshot it was rendered from
-- (rendering the snapshot again gives the same bytes), its SHA-256 (hex) for verification, who
-- generated it and when (epoch millis). secret = 1 when it holds secret patent content.
CREATE TABLE issued_document (
    id               TEXT    NOT NULL PRIMARY KEY,
    case_id          TEXT    NOT NULL,
    kind             TEXT    NOT NULL,
    template_version TEXT    NOT NULL,
    snapshot         TEXT    NOT NULL,
    sha256           TEXT    NOT NULL,
    generated_by     TEXT    NOT NULL,
    generated_at     BIGINT  NOT NULL,
    byte_size        INTEGER NOT NULL,
    secret           INTEGER NOT NULL,
    pdf              BLOB    NOT NULL
);
CREATE INDEX issued_document_case ON issued_document (case_id, generated_at);
CREATE INDEX issued_document_sha256 ON issued_document (sha256);
