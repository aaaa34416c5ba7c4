-- Import keys are unique within a scope (ImportKeyScope): a pre-report's importKey is the filer's own
-- numbering, so it is unique within the importing organisation only (two companies' "R-001" are two
-- rows); a patent application number is given out once nationwide. scope holds the organisation's id,
-- or '' for nationwide keys (PATENT_APPLICATION).
-- Existing PRE_REPORT keys take the organisation of the pre-report they created (pre-reports are never
-- deleted and never change organisation), so re-running a file imported before still skips its rows.
-- SQLite cannot change a primary key: the table is rebuilt.
CREATE TABLE import_key_v39 (
    kind        TEXT    NOT NULL,
    scope       TEXT    NOT NULL,
    import_key  TEXT    NOT NULL,
    case_id     TEXT    NOT NULL,
    imported_at INTEGER NOT NULL,
    PRIMARY KEY (kind, scope, import_key)
);

INSERT INTO import_key_v39 (kind, scope, import_key, case_id, imported_at)
SELECT k.kind,
       CASE WHEN k.kind = 'PRE_REPORT'
            THEN COALESCE((SELECT p.organisation_id FROM pre_report p WHERE p.id = k.case_id), '')
            ELSE '' END,
       k.import_key,
       k.case_id,
       k.imported_at
FROM import_key k;

DROP TABLE import_key;

ALTER TABLE import_key_v39 RENAME TO import_key;
