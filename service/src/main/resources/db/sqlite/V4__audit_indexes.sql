-- Audit search and citation: every event gets a UUID (event_id), and the search filters have
-- indexes. Events written before this version get their id here; the append-only trigger is
-- lifted for that one statement only.
ALTER TABLE audit_event ADD COLUMN event_id TEXT;

DROP TRIGGER audit_event_no_update;

UPDATE audit_event SET event_id =
    lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-'
    || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-'
    || lower(hex(randomblob(6)))
WHERE event_id IS NULL;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only');
END;

CREATE UNIQUE INDEX audit_event_event_id ON audit_event (event_id);
CREATE INDEX audit_event_actor ON audit_event (actor_id, sequence);
CREATE INDEX audit_event_actor_name ON audit_event (actor_name, sequence);
CREATE INDEX audit_event_action ON audit_event (action, sequence);
CREATE INDEX audit_event_occurred ON audit_event (occurred_at);
