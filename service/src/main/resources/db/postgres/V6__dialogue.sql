-- The dialogue of a pre-report: meetings (with their attendees, agenda, minutes and follow-ups as
-- entries) and the concern ledger (with the company's answers). Instants are epoch millis, dates
-- ISO text. Visibility COMPANY_VISIBLE / INTERNAL is per entry; the concern information is internal.
CREATE TABLE dialogue_meeting (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    case_id      VARCHAR(36) NOT NULL REFERENCES pre_report (id),
    state        TEXT    NOT NULL,
    starts_at    BIGINT  NOT NULL,
    place        TEXT,
    online       TEXT,
    reason       TEXT,
    scheduled_at BIGINT  NOT NULL
);
CREATE INDEX dialogue_meeting_case ON dialogue_meeting (case_id, starts_at);

-- kind: OFFICIAL (text = user id), PARTICIPANT (text = name, detail = role), AGENDA, MINUTES,
-- FOLLOW_UP (side, due_date).
CREATE TABLE dialogue_meeting_entry (
    meeting_id VARCHAR(36) NOT NULL REFERENCES dialogue_meeting (id),
    kind       TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    detail     TEXT,
    side       TEXT,
    due_date   TEXT,
    visibility TEXT,
    PRIMARY KEY (meeting_id, kind, position)
);

CREATE TABLE dialogue_concern (
    id                  VARCHAR(36) NOT NULL PRIMARY KEY,
    case_id             VARCHAR(36) NOT NULL REFERENCES pre_report (id),
    state               TEXT    NOT NULL,
    category            TEXT    NOT NULL,
    severity            TEXT    NOT NULL,
    description         TEXT    NOT NULL,
    concern_information TEXT,
    resolution_reason   TEXT,
    raised_at           BIGINT  NOT NULL
);
CREATE INDEX dialogue_concern_case ON dialogue_concern (case_id, raised_at);

CREATE TABLE dialogue_concern_answer (
    concern_id  VARCHAR(36) NOT NULL REFERENCES dialogue_concern (id),
    position    INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    due_date    TEXT    NOT NULL,
    answered_by VARCHAR(36) NOT NULL REFERENCES user_account (id),
    answered_at BIGINT  NOT NULL,
    PRIMARY KEY (concern_id, position)
);

-- The dialogue officer a case is assigned to (at most one; none until assigned).
CREATE TABLE case_officer (
    case_id     VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES pre_report (id),
    officer_id  VARCHAR(36) NOT NULL REFERENCES user_account (id),
    assigned_at BIGINT      NOT NULL
);
