-- Track B: prior-confirmation requests (事前確認, ESPA Arts. 78–79) asked by a company before filing
-- in Japan. title and summary are secret content (every read is audited by the use cases); the
-- consultation_* columns are internal to the offices. claimed_fields is a ';'-joined list.
CREATE TABLE prior_confirmation (
    id                        TEXT    NOT NULL PRIMARY KEY,
    organisation_id           TEXT    NOT NULL REFERENCES organisation (id),
    requested_by              TEXT    NOT NULL REFERENCES user_account (id),
    title                     TEXT    NOT NULL,
    summary                   TEXT    NOT NULL,
    claimed_fields            TEXT    NOT NULL,
    invention_completed_japan INTEGER NOT NULL,
    intended_foreign_filing   TEXT    NOT NULL,
    state                     TEXT    NOT NULL,
    consultation_sent_at      INTEGER,
    consultation_sent_by      TEXT REFERENCES user_account (id),
    consultation_note         TEXT,
    consultation_answer       TEXT,
    consultation_answered_at  INTEGER,
    consultation_answered_by  TEXT REFERENCES user_account (id),
    answer                    TEXT,
    answer_reason             TEXT,
    answered_at               INTEGER,
    answered_by               TEXT REFERENCES user_account (id),
    requested_at              INTEGER NOT NULL,
    updated_at                INTEGER NOT NULL,
    version                   INTEGER NOT NULL
);
CREATE INDEX prior_confirmation_newest ON prior_confirmation (requested_at, id);
CREATE INDEX prior_confirmation_organisation ON prior_confirmation (organisation_id, requested_at);
