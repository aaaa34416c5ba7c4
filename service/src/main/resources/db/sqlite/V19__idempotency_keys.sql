-- Idempotency keys of creates (the GraphQL argument idempotencyKey): a retry with the same key by the
-- same account returns the first result (result_id, made by operation) and writes nothing. Unique per
-- (account, key): of two racing retries, the second insert fails and its whole transaction rolls back.
-- Rows older than taiwa.idempotency.retention (24 h) are ignored, replaced when the key is reused and
-- purged by the daily sweep. account_id is the user account's id (no foreign key: rows are short-lived).
CREATE TABLE idempotency_key (
    account_id      TEXT    NOT NULL,
    idempotency_key TEXT    NOT NULL,
    operation       TEXT    NOT NULL,
    result_id       TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (account_id, idempotency_key)
);

CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
