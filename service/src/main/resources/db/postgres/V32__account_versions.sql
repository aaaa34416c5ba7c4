-- Accounts carry a version: an administrator's change (disable, enable, password reset, roles) is stored
-- only if the account is still at the version the administrator read, and then one higher.
ALTER TABLE user_account ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
