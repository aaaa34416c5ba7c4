-- Import keys are unique within a scope (ImportKeyScope): a pre-report's importKey is the filer's own
-- numbering, so it is unique within the importing organisation only (two companies' "R-001" are two
-- rows); a patent application number is given out once nationwide. scope holds the organisation's id,
-- or '' for nationwide keys (PATENT_APPLICATION).
-- Existing PRE_REPORT keys take the organisation of the pre-report they created (pre-reports are never
-- deleted and never change organisation), so re-running a file imported before still skips its rows.
ALTER TABLE import_key ADD COLUMN scope VARCHAR(36) NOT NULL DEFAULT '';

UPDATE import_key k
SET scope = p.organisation_id
FROM pre_report p
WHERE k.kind = 'PRE_REPORT' AND p.id = k.case_id;

ALTER TABLE import_key ALTER COLUMN scope DROP DEFAULT;

ALTER TABLE import_key DROP CONSTRAINT import_key_pkey;

ALTER TABLE import_key ADD PRIMARY KEY (kind, scope, import_key);
