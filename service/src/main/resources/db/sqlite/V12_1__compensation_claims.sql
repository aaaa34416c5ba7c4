-- Track B: compensation claims (損失補償, ESPA Art. 80) on applications that are or were designated,
-- with the Cabinet Office's internal assessment notes (never shown to the company).
CREATE TABLE compensation_claim (
    id              TEXT    NOT NULL PRIMARY KEY,
    application_id  TEXT    NOT NULL REFERENCES patent_application (id),
    organisation_id TEXT    NOT NULL REFERENCES organisation (id),
    claimed_by      TEXT    NOT NULL REFERENCES user_account (id),
    amount_yen      INTEGER NOT NULL,
    basis           TEXT    NOT NULL,
    cause           TEXT    NOT NULL,
    state           TEXT    NOT NULL,
    decided_amount  INTEGER,
    decision_reason TEXT,
    decided_at      INTEGER,
    decided_by      TEXT REFERENCES user_account (id),
    claimed_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    version         INTEGER NOT NULL
);
CREATE INDEX compensation_claim_application ON compensation_claim (application_id, claimed_at);

CREATE TABLE compensation_note (
    claim_id   TEXT    NOT NULL REFERENCES compensation_claim (id),
    position   INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    written_at INTEGER NOT NULL,
    written_by TEXT    NOT NULL REFERENCES user_account (id),
    PRIMARY KEY (claim_id, position)
);
