-- Meetings and concerns carry a version: every change is written only over the version it was
-- read at, so two simultaneous changes of one item cannot both be stored (issue 12).
ALTER TABLE dialogue_meeting ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE dialogue_concern ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
