-- Login security (issue 3): each account's consecutive failed logins and temporary lock, and the
-- refresh tokens issued to it. Only a SHA-256 hash of a refresh token's key is stored.

ALTER TABLE user_account ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE user_account ADD COLUMN locked_until INTEGER;

CREATE TABLE refresh_token (
    key_hash   TEXT    NOT NULL PRIMARY KEY,
    user_id    TEXT    NOT NULL REFERENCES user_account (id),
    issued_at  INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER
);
CREATE INDEX refresh_token_user ON refresh_token (user_id);
