-- Sessions end when an account is disabled, its password reset or its roles changed: each such
-- change increments session_epoch, and a token issued in an earlier epoch (its "sep" claim) is
-- refused. Refresh tokens are exchanged once (used_at) for a successor of the same family (the key
-- hash of the login's token); a spent token presented again revokes its whole family.
ALTER TABLE user_account ADD COLUMN session_epoch INTEGER NOT NULL DEFAULT 0;

ALTER TABLE refresh_token ADD COLUMN family TEXT;
ALTER TABLE refresh_token ADD COLUMN used_at INTEGER;
UPDATE refresh_token SET family = key_hash;
CREATE INDEX refresh_token_family ON refresh_token (family);
