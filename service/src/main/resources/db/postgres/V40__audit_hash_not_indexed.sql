-- The UNIQUE constraint on audit_event.hash goes (issue 19; see the SQLite copy of this migration):
-- an event's hash covers its sequence, which is the primary key, so the constraint protected nothing
-- the chain does not, and its index was the only one of audit_event with a random key.
ALTER TABLE audit_event DROP CONSTRAINT audit_event_hash_key;
