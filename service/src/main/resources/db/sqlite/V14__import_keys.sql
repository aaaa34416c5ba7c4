-- The keys of imported rows (taiwa import): re-running the same file creates nothing new.
-- kind: PRE_REPORT (the file's importKey column) or PATENT_APPLICATION (the application number).
CREATE TABLE import_key (
    kind        TEXT    NOT NULL,
    import_key  TEXT    NOT NULL,
    case_id     TEXT    NOT NULL,
    imported_at INTEGER NOT NULL,
    PRIMARY KEY (kind, import_key)
);
