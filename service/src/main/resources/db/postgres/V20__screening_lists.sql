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
