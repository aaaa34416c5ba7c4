-- The keys of imported rows (taiwa import): re-running the same file creates nothing new.
-- kind: PRE_REPORT (the file's importKey column) or PATENT_APPLICATION (the application number).
CREATE TABLE import_key (
    kind        VARCHAR(32)  NOT NULL,
    import_key  VARCHAR(200) NOT NULL,
    case_id     VARCHAR(36)  NOT NULL,
    imported_at BIGINT       NOT NULL,
    PRIMARY KEY (kind, import_key)
);
