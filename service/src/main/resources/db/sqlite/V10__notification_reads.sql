-- Read marks of the in-app notification feed: one row per notification and reader who read it
-- (a notification addressed to a role is read or unread per user). Instants epoch millis.
CREATE TABLE notification_read (
    notification_id TEXT    NOT NULL REFERENCES notification (id),
    user_id         TEXT    NOT NULL,
    read_at         INTEGER NOT NULL,
    PRIMARY KEY (notification_id, user_id)
);
CREATE INDEX notification_read_user ON notification_read (user_id);
CREATE INDEX notification_created ON notification (created_at, id);
