-- Track B: compensation claims (損失補償, ESPA Art. 80) on applications that are or were designated,
-- with the Cabinet Office's internal assessment notes (never shown to the company).
CREATE TABLE compensation_claim (
    id              VARCHAR(36) NOT NULL PRIMARY KEY,
    application_id  VARCHAR(36) NOT NULL REFERENCES patent_application (id),
    organisation_id VARCHAR(36) NOT NULL REFERENCES organisation (id),
    claimed_by      VARCHAR(36) NOT NULL REFERENCES user_account (id),
    amount_yen      BIGINT  NOT NULL,
    basis           TEXT    NOT NULL,
    cause           TEXT    NOT NULL,
    state           TEXT    NOT NULL,
    decided_amount  BIGINT,
    decision_reason TEXT,
    decided_at      BIGINT,
    decided_by      VARCHAR(36) REFERENCES user_account (id),
    claimed_at      BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL,
    version         BIGINT  NOT NULL
);
CREATE INDEX compensation_claim_application ON compensation_claim (application_id, claimed_at);

CREATE TABLE compensation_note (
    claim_id   VARCHAR(36) NOT NULL REFERENCES compensation_claim (id),
    position   INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    written_at BIGINT  NOT NULL,
    written_by VARCHAR(36) NOT NULL REFERENCES user_account (id),
    PRIMARY KEY (claim_id, position)
);
