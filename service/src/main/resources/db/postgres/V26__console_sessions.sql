-- The web console's browser sessions, shared by every node on this database (a restart or another
-- node behind the load balancer keeps a browser signed in). Only the SHA-256 (hex) of the session
-- cookie's value is stored; the account's session epoch at sign-in (a later epoch ends the
-- session), the token its forms carry, and instants in epoch milliseconds. last_seen_at is written
-- at most once a minute per session; rows idle past the timeout are deleted on the next sign-in.
CREATE TABLE console_session (
    id_hash       VARCHAR(64) NOT NULL PRIMARY KEY,
    user_id       VARCHAR(36) NOT NULL REFERENCES user_account (id),
    session_epoch BIGINT      NOT NULL,
    csrf_token    VARCHAR(64) NOT NULL,
    started_at    BIGINT      NOT NULL,
    last_seen_at  BIGINT      NOT NULL
);
CREATE INDEX console_session_last_seen ON console_session (last_seen_at);
