-- Track B: revisions of the IPC mapping of the specified fields an administrator recorded. A
-- revision replaces the whole mapping from its effective date; the field names stay the built-in ones.
CREATE TABLE specified_field_revision (
    id             TEXT NOT NULL PRIMARY KEY,
    effective_from TEXT NOT NULL,
    source         TEXT NOT NULL,
    recorded_at    BIGINT NOT NULL,
    recorded_by    TEXT NOT NULL
);

CREATE TABLE specified_field_mapping (
    revision_id  TEXT NOT NULL REFERENCES specified_field_revision (id),
    field_number INTEGER NOT NULL,
    ipc_groups   TEXT NOT NULL,
    source       TEXT NOT NULL,
    PRIMARY KEY (revision_id, field_number)
);
