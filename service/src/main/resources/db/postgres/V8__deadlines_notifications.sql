-- Deadlines as cases store them (one row per deadline: its named rule, the amount it was opened
-- with, start, who owes it, due date as last computed, met / cancelled) with their clock stops, and
-- the in-app notifications use cases publish. Dates ISO text, instants epoch millis.
CREATE TABLE case_deadline (
    id                VARCHAR(36) NOT NULL PRIMARY KEY,
    case_id           TEXT    NOT NULL,
    case_kind         TEXT    NOT NULL,
    subject           TEXT    NOT NULL,
    rule_name         TEXT    NOT NULL,
    amount            BIGINT  NOT NULL,
    start_date        TEXT    NOT NULL,
    first_day_counted INTEGER NOT NULL,
    start_event_en    TEXT    NOT NULL,
    start_event_ja    TEXT    NOT NULL,
    obligor           TEXT    NOT NULL,
    due_date          TEXT    NOT NULL,
    met_on            TEXT,
    cancelled_on      TEXT,
    cancel_reason     TEXT,
    reminders_sent    TEXT    NOT NULL,
    version           BIGINT  NOT NULL
);
CREATE INDEX case_deadline_case ON case_deadline (case_id, due_date);
CREATE INDEX case_deadline_open_due ON case_deadline (due_date)
    WHERE met_on IS NULL AND cancelled_on IS NULL;
CREATE UNIQUE INDEX case_deadline_open_subject ON case_deadline (case_id, subject)
    WHERE met_on IS NULL AND cancelled_on IS NULL;

CREATE TABLE case_deadline_stop (
    deadline_id  VARCHAR(36) NOT NULL REFERENCES case_deadline (id),
    position     INTEGER NOT NULL,
    stop_key     TEXT    NOT NULL,
    stopped_on   TEXT    NOT NULL,
    restarted_on TEXT,
    reason       TEXT    NOT NULL,
    PRIMARY KEY (deadline_id, position)
);

-- recipient: exactly one of user / (organisation, role) / role alone.
CREATE TABLE notification (
    id                     VARCHAR(36) NOT NULL PRIMARY KEY,
    kind                   TEXT    NOT NULL,
    case_id                TEXT    NOT NULL,
    case_kind              TEXT    NOT NULL,
    case_reference         TEXT    NOT NULL,
    due_date               TEXT,
    recipient_user         TEXT,
    recipient_organisation TEXT,
    recipient_role         TEXT,
    created_at             BIGINT  NOT NULL
);
CREATE INDEX notification_user ON notification (recipient_user, created_at);
CREATE INDEX notification_role ON notification (recipient_role, recipient_organisation, created_at);
