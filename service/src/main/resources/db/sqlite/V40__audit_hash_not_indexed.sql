-- The UNIQUE constraint on audit_event.hash goes (issue 19). It protected nothing the table does not
-- already hold: an event's hash is SHA-256 of its sequence, its content and the previous event's hash
-- (AuditHash), and the sequence is the primary key, so two stored events cannot share a hash short of a
-- SHA-256 collision; the chain itself (each previous_hash is the hash before it, each hash recomputes)
-- is what verify-audit checks, and no query looks an event up by its hash. Its index was the only one
-- of audit_event whose key is random: every appended event landed on a random page of it, so a batch
-- of events dirtied (and the WAL wrote) about one page per event.
-- SQLite cannot drop a column's constraint: the table is rebuilt with the same columns, indexes and
-- append-only triggers (dropping the old table drops its own).
CREATE TABLE audit_event_v40 (
    sequence           INTEGER NOT NULL PRIMARY KEY,
    occurred_at        INTEGER NOT NULL,
    actor_id           TEXT,
    actor_name         TEXT,
    actor_organisation TEXT,
    case_id            TEXT,
    action             TEXT    NOT NULL,
    outcome            TEXT    NOT NULL,
    summary            TEXT    NOT NULL,
    previous_hash      TEXT    NOT NULL,
    hash               TEXT    NOT NULL,
    event_id           TEXT
);

INSERT INTO audit_event_v40 (sequence, occurred_at, actor_id, actor_name, actor_organisation,
                             case_id, action, outcome, summary, previous_hash, hash, event_id)
SELECT sequence, occurred_at, actor_id, actor_name, actor_organisation,
       case_id, action, outcome, summary, previous_hash, hash, event_id
FROM audit_event
ORDER BY sequence;

DROP TABLE audit_event;

ALTER TABLE audit_event_v40 RENAME TO audit_event;

CREATE INDEX audit_event_case ON audit_event (case_id, sequence);
CREATE UNIQUE INDEX audit_event_event_id ON audit_event (event_id);
CREATE INDEX audit_event_actor ON audit_event (actor_id, sequence);
CREATE INDEX audit_event_actor_name ON audit_event (actor_name, sequence);
CREATE INDEX audit_event_action ON audit_event (action, sequence);
CREATE INDEX audit_event_occurred ON audit_event (occurred_at);
CREATE INDEX audit_event_outcome ON audit_event (outcome, sequence);

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only');
END;

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only');
END;
