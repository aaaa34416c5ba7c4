-- Taiwa schema for PostgreSQL. Conventions shared with db/sqlite, so that one set of row records
-- and one set of SQL statements serve both databases:
--   ids are application-generated UUIDs stored as text;
--   instants are epoch milliseconds (UTC) in bigints: exact to the millisecond, sortable;
--   dates are ISO-8601 text (yyyy-MM-dd), which sorts chronologically;
--   enums are stored by name.

CREATE TABLE organisation (
    id   VARCHAR(36) NOT NULL PRIMARY KEY,
    name TEXT        NOT NULL,
    kind VARCHAR(32) NOT NULL
);

CREATE TABLE user_account (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    username        VARCHAR(200) NOT NULL UNIQUE,
    display_name    TEXT         NOT NULL,
    organisation_id VARCHAR(36)  NOT NULL REFERENCES organisation (id),
    roles           TEXT         NOT NULL, -- role names, comma-separated
    password_hash   TEXT         NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    created_at      BIGINT       NOT NULL
);
CREATE INDEX user_account_organisation ON user_account (organisation_id);

CREATE TABLE technology_revision (
    id               VARCHAR(64) NOT NULL PRIMARY KEY,
    notice_reference TEXT        NOT NULL,
    effective_date   VARCHAR(10) NOT NULL,
    note             TEXT
);

CREATE TABLE technology_item (
    revision_id    VARCHAR(64) NOT NULL REFERENCES technology_revision (id),
    item_number    INTEGER     NOT NULL CHECK (item_number > 0),
    name_ja        TEXT        NOT NULL,
    name_en        TEXT        NOT NULL,
    status         VARCHAR(16) NOT NULL,
    effective_from VARCHAR(10),
    PRIMARY KEY (revision_id, item_number)
);

CREATE TABLE group_a_country (
    code    VARCHAR(2) NOT NULL PRIMARY KEY,
    name_en TEXT       NOT NULL,
    name_ja TEXT       NOT NULL
);

CREATE TABLE pre_report (
    id                          VARCHAR(36) NOT NULL PRIMARY KEY,
    reference                   VARCHAR(32) NOT NULL UNIQUE,
    organisation_id             VARCHAR(36) NOT NULL REFERENCES organisation (id),
    created_by                  VARCHAR(36) NOT NULL REFERENCES user_account (id),
    state                       VARCHAR(40) NOT NULL,
    contact_name                TEXT,
    contact_department          TEXT,
    contact_email               TEXT,
    contact_phone               TEXT,
    transaction_type            VARCHAR(40),
    counterparty_name_original  TEXT,
    counterparty_name_romanised TEXT,
    counterparty_country        VARCHAR(2),
    counterparty_relationship   VARCHAR(40),
    planned_date                VARCHAR(10),
    planned_date_kind           VARCHAR(40),
    technology_description      TEXT,
    management_measures         TEXT,
    created_at                  BIGINT      NOT NULL,
    updated_at                  BIGINT      NOT NULL,
    submitted_at                BIGINT,
    lead_time_status            VARCHAR(16),
    lead_time_days              BIGINT,
    lead_time_explanation       TEXT,
    version                     BIGINT      NOT NULL
);
-- Keyset order of every list, alone and within one organisation or state.
CREATE INDEX pre_report_newest ON pre_report (created_at DESC, id DESC);
CREATE INDEX pre_report_organisation_newest ON pre_report (organisation_id, created_at DESC, id DESC);
CREATE INDEX pre_report_state_newest ON pre_report (state, created_at DESC, id DESC);
CREATE INDEX pre_report_country ON pre_report (counterparty_country);
CREATE INDEX pre_report_planned_date ON pre_report (planned_date);

CREATE TABLE pre_report_technology (
    report_id         VARCHAR(36) NOT NULL REFERENCES pre_report (id) ON DELETE CASCADE,
    position          INTEGER     NOT NULL,
    technology_number INTEGER     NOT NULL,
    PRIMARY KEY (report_id, position)
);
CREATE INDEX pre_report_technology_number ON pre_report_technology (technology_number, report_id);

CREATE TABLE reference_sequence (
    prefix     VARCHAR(8) NOT NULL,
    year       INTEGER    NOT NULL,
    last_value BIGINT     NOT NULL,
    PRIMARY KEY (prefix, year)
);

-- The audit log: no foreign keys, so that it outlives whatever it describes.
CREATE TABLE audit_event (
    sequence           BIGINT      NOT NULL PRIMARY KEY,
    occurred_at        BIGINT      NOT NULL,
    actor_id           VARCHAR(36),
    actor_name         TEXT,
    actor_organisation VARCHAR(36),
    case_id            VARCHAR(36),
    action             TEXT        NOT NULL,
    outcome            VARCHAR(16) NOT NULL,
    summary            TEXT        NOT NULL,
    previous_hash      CHAR(64)    NOT NULL,
    hash               CHAR(64)    NOT NULL UNIQUE
);
CREATE INDEX audit_event_case ON audit_event (case_id, sequence);

CREATE FUNCTION audit_event_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$;

CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

-- The head of the chain: one row, updated (so row-locked) by every append until its transaction
-- ends, so that concurrent appenders serialise and the chain never forks.
CREATE TABLE audit_chain_head (
    id            INTEGER  NOT NULL PRIMARY KEY CHECK (id = 1),
    last_sequence BIGINT   NOT NULL,
    last_hash     CHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
