-- Taiwa schema for SQLite. Conventions shared with db/postgres:
--   ids are application-generated UUIDs stored as text;
--   instants are epoch milliseconds (UTC) in integers: exact to the millisecond, sortable;
--   dates are ISO-8601 text (yyyy-MM-dd), which sorts chronologically;
--   enums are stored by name.

CREATE TABLE organisation (
    id   TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL
);

CREATE TABLE user_account (
    id              TEXT    NOT NULL PRIMARY KEY,
    username        TEXT    NOT NULL UNIQUE,
    display_name    TEXT    NOT NULL,
    organisation_id TEXT    NOT NULL REFERENCES organisation (id),
    roles           TEXT    NOT NULL, -- role names, comma-separated
    password_hash   TEXT    NOT NULL,
    enabled         INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    created_at      INTEGER NOT NULL
);
CREATE INDEX user_account_organisation ON user_account (organisation_id);

CREATE TABLE technology_revision (
    id               TEXT NOT NULL PRIMARY KEY,
    notice_reference TEXT NOT NULL,
    effective_date   TEXT NOT NULL,
    note             TEXT
);

CREATE TABLE technology_item (
    revision_id    TEXT    NOT NULL REFERENCES technology_revision (id),
    item_number    INTEGER NOT NULL CHECK (item_number > 0),
    name_ja        TEXT    NOT NULL,
    name_en        TEXT    NOT NULL,
    status         TEXT    NOT NULL,
    effective_from TEXT,
    PRIMARY KEY (revision_id, item_number)
);

CREATE TABLE group_a_country (
    code    TEXT NOT NULL PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_ja TEXT NOT NULL
);

CREATE TABLE pre_report (
    id                          TEXT    NOT NULL PRIMARY KEY,
    reference                   TEXT    NOT NULL UNIQUE,
    organisation_id             TEXT    NOT NULL REFERENCES organisation (id),
    created_by                  TEXT    NOT NULL REFERENCES user_account (id),
    state                       TEXT    NOT NULL,
    contact_name                TEXT,
    contact_department          TEXT,
    contact_email               TEXT,
    contact_phone               TEXT,
    transaction_type            TEXT,
    counterparty_name_original  TEXT,
    counterparty_name_romanised TEXT,
    counterparty_country        TEXT,
    counterparty_relationship   TEXT,
    planned_date                TEXT,
    planned_date_kind           TEXT,
    technology_description      TEXT,
    management_measures         TEXT,
    created_at                  INTEGER NOT NULL,
    updated_at                  INTEGER NOT NULL,
    submitted_at                INTEGER,
    lead_time_status            TEXT,
    lead_time_days              INTEGER,
    lead_time_explanation       TEXT,
    version                     INTEGER NOT NULL
);
-- Keyset order of every list, alone and within one organisation or state.
CREATE INDEX pre_report_newest ON pre_report (created_at DESC, id DESC);
CREATE INDEX pre_report_organisation_newest ON pre_report (organisation_id, created_at DESC, id DESC);
CREATE INDEX pre_report_state_newest ON pre_report (state, created_at DESC, id DESC);
CREATE INDEX pre_report_country ON pre_report (counterparty_country);
CREATE INDEX pre_report_planned_date ON pre_report (planned_date);

CREATE TABLE pre_report_technology (
    report_id         TEXT    NOT NULL REFERENCES pre_report (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    technology_number INTEGER NOT NULL,
    PRIMARY KEY (report_id, position)
);
CREATE INDEX pre_report_technology_number ON pre_report_technology (technology_number, report_id);

CREATE TABLE reference_sequence (
    prefix     TEXT    NOT NULL,
    year       INTEGER NOT NULL,
    last_value INTEGER NOT NULL,
    PRIMARY KEY (prefix, year)
);

-- The audit log: no foreign keys, so that it outlives whatever it describes.
CREATE TABLE audit_event (
    sequence           INTEGER NOT NULL PRIMARY KEY,
    occurred_at        INTEGER NOT NULL,
    actor_id           TEXT,
    actor_name         TEXT,
    actor_organisation TEXT,
    case_id            TEXT,
    action             TEXT    NOT NULL,
    outcome            TEXT    NOT NULL,
    summary            TEXT    NOT NULL,
    previous_hash      TEXT    NOT NULL,
    hash               TEXT    NOT NULL UNIQUE
);
CREATE INDEX audit_event_case ON audit_event (case_id, sequence);

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only');
END;

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only');
END;

-- The head of the chain: one row, updated by every append, so appenders serialise on it.
CREATE TABLE audit_chain_head (
    id            INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    last_sequence INTEGER NOT NULL,
    last_hash     TEXT    NOT NULL
);
INSERT INTO audit_chain_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
