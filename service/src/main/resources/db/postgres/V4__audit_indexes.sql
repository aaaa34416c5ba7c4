-- Audit search and citation: every event gets a UUID (event_id), and the search filters have
-- indexes. Events written before this version get their id here; the append-only trigger is
-- lifted for that one statement only, inside this migration's transaction.
ALTER TABLE audit_event ADD COLUMN event_id VARCHAR(36);

ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete;
UPDATE audit_event SET event_id = gen_random_uuid()::text WHERE event_id IS NULL;
ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete;

ALTER TABLE audit_event ALTER COLUMN event_id SET NOT NULL;

CREATE UNIQUE INDEX audit_event_event_id ON audit_event (event_id);
CREATE INDEX audit_event_actor ON audit_event (actor_id, sequence);
CREATE INDEX audit_event_actor_name ON audit_event (actor_name, sequence);
CREATE INDEX audit_event_action ON audit_event (action, sequence);
CREATE INDEX audit_event_occurred ON audit_event (occurred_at);
