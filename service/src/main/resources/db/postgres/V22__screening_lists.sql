-- Counterparty screening (issue 18): each imported file of a published list (METI's End User List,
-- the US Consolidated Screening List) is a version of its own; versions are only ever added.
CREATE TABLE screening_list_version (
    id           TEXT NOT NULL PRIMARY KEY,
    source       TEXT NOT NULL,
    published_on TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    imported_at  BIGINT NOT NULL,
    imported_by  TEXT NOT NULL,
    entry_count  INTEGER NOT NULL,
    UNIQUE (source, sha256)
);

-- The entries of a version as published; aliases one per line.
CREATE TABLE screening_list_entry (
    version_id TEXT NOT NULL REFERENCES screening_list_version (id),
    position   INTEGER NOT NULL,
    ref        TEXT NOT NULL,
    name       TEXT NOT NULL,
    aliases    TEXT NOT NULL,
    country    TEXT,
    concern    TEXT,
    addresses  TEXT,
    PRIMARY KEY (version_id, position)
);

-- The hits stored for a case: one per case, list version and entry (a re-screen against the same
-- version finds the same hit and its disposition). The entry's fields are kept as matched.
CREATE TABLE screening_hit (
    id                 TEXT NOT NULL PRIMARY KEY,
    case_id            TEXT NOT NULL,
    list_version_id    TEXT NOT NULL REFERENCES screening_list_version (id),
    source             TEXT NOT NULL,
    entry_ref          TEXT NOT NULL,
    entry_name         TEXT NOT NULL,
    entry_aliases      TEXT NOT NULL,
    entry_country      TEXT,
    entry_concern      TEXT,
    entry_addresses    TEXT,
    score              DOUBLE PRECISION NOT NULL,
    subject_name       TEXT NOT NULL,
    subject_field      TEXT NOT NULL,
    matched_name       TEXT NOT NULL,
    matched_field      TEXT NOT NULL,
    screening_trigger  TEXT NOT NULL,
    screened_at        BIGINT NOT NULL,
    verdict            TEXT,
    verdict_reason     TEXT,
    decided_by         TEXT,
    decided_at         BIGINT,
    version            BIGINT NOT NULL,
    UNIQUE (case_id, list_version_id, entry_ref)
);

CREATE INDEX screening_hit_case ON screening_hit (case_id);
