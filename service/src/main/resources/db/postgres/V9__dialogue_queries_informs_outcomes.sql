-- Track A after the dialogue: queries to the company (照会) with the answer's attachment metadata,
-- the inform with its cited concerns and proposed conditions, the licence application with the
-- company's response to each condition, and the outcome of every ended case. Ids VARCHAR(36)
-- UUIDs, instants BIGINT epoch millis, dates ISO text. The same SQL runs on SQLite.
CREATE TABLE company_query (
    id                VARCHAR(36) NOT NULL PRIMARY KEY,
    case_id           VARCHAR(36) NOT NULL REFERENCES pre_report (id),
    state             TEXT        NOT NULL,
    question          TEXT        NOT NULL,
    reply_days        INTEGER     NOT NULL,
    reply_due         TEXT        NOT NULL,
    asked_by          VARCHAR(36) NOT NULL REFERENCES user_account (id),
    asked_at          BIGINT      NOT NULL,
    answer_text       TEXT,
    answered_by       VARCHAR(36) REFERENCES user_account (id),
    answered_at       BIGINT,
    withdrawal_reason TEXT,
    version           BIGINT      NOT NULL
);
CREATE INDEX company_query_case ON company_query (case_id, asked_at);

CREATE TABLE company_query_attachment (
    query_id   VARCHAR(36) NOT NULL REFERENCES company_query (id),
    position   INTEGER     NOT NULL,
    file_name  TEXT        NOT NULL,
    media_type TEXT        NOT NULL,
    size_bytes BIGINT      NOT NULL,
    sha256     VARCHAR(64) NOT NULL,
    PRIMARY KEY (query_id, position)
);

-- At most one inform per case; kind CONCERN (text = the cited concern's id) or CONDITION.
CREATE TABLE inform (
    case_id         VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES pre_report (id),
    id              VARCHAR(36) NOT NULL UNIQUE,
    summary         TEXT        NOT NULL,
    application_due TEXT        NOT NULL,
    issued_by       VARCHAR(36) NOT NULL REFERENCES user_account (id),
    issued_at       BIGINT      NOT NULL
);

CREATE TABLE inform_item (
    case_id  VARCHAR(36) NOT NULL REFERENCES inform (case_id),
    kind     VARCHAR(16) NOT NULL,
    position INTEGER     NOT NULL,
    text     TEXT        NOT NULL,
    PRIMARY KEY (case_id, kind, position)
);

CREATE TABLE licence_application (
    case_id           VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES pre_report (id),
    company_reference TEXT        NOT NULL,
    applied_on        TEXT        NOT NULL,
    applied_by        VARCHAR(36) NOT NULL REFERENCES user_account (id),
    recorded_at       BIGINT      NOT NULL
);

CREATE TABLE licence_condition_response (
    case_id         VARCHAR(36) NOT NULL REFERENCES licence_application (case_id),
    position        INTEGER     NOT NULL,
    condition_index INTEGER     NOT NULL,
    accepted        INTEGER     NOT NULL,
    comment         TEXT,
    PRIMARY KEY (case_id, position)
);

-- How a case ended; items are the agreed measures, licence conditions or refusal reasons.
CREATE TABLE case_outcome (
    case_id     VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES pre_report (id),
    type        VARCHAR(40) NOT NULL,
    decided_on  TEXT        NOT NULL,
    summary     TEXT        NOT NULL,
    decided_by  VARCHAR(36) NOT NULL REFERENCES user_account (id),
    recorded_at BIGINT      NOT NULL
);

CREATE TABLE case_outcome_item (
    case_id  VARCHAR(36) NOT NULL REFERENCES case_outcome (case_id),
    position INTEGER     NOT NULL,
    text     TEXT        NOT NULL,
    PRIMARY KEY (case_id, position)
);
