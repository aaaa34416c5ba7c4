-- Track B: prior-confirmation requests (事前確認, ESPA Arts. 78–79) asked by a company before filing
-- in Japan. title and summary are secret content (every read is audited by the use cases); the
-- consultation_* columns are internal to the offices. claimed_fields is a ';'-joined list.
CREATE TABLE prior_confirmation (
    id                        VARCHAR(36) NOT NULL PRIMARY KEY,
    organisation_id           VARCHAR(36) NOT NULL REFERENCES organisation (id),
    requested_by              VARCHAR(36) NOT NULL REFERENCES user_account (id),
    title                     TEXT    NOT NULL,
    summary                   TEXT    NOT NULL,
    claimed_fields            TEXT    NOT NULL,
    invention_completed_japan BOOLEAN NOT NULL,
    intended_foreign_filing   TEXT    NOT NULL,
    state                     VARCHAR(32) NOT NULL,
    consultation_sent_at      BIGINT,
    consultation_sent_by      VARCHAR(36) REFERENCES user_account (id),
    consultation_note         TEXT,
    consultation_answer       TEXT,
    consultation_answered_at  BIGINT,
    consultation_answered_by  VARCHAR(36) REFERENCES user_account (id),
    answer                    VARCHAR(32),
    answer_reason             TEXT,
    answered_at               BIGINT,
    answered_by               VARCHAR(36) REFERENCES user_account (id),
    requested_at              BIGINT  NOT NULL,
    updated_at                BIGINT  NOT NULL,
    version                   BIGINT  NOT NULL
);
CREATE INDEX prior_confirmation_newest ON prior_confirmation (requested_at, id);
CREATE INDEX prior_confirmation_organisation ON prior_confirmation (organisation_id, requested_at);
