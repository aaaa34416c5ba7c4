-- Scheduled jobs (the deadline sweep, designation expiry) run once per schedule however many nodes
-- share this database: before a run a node takes the job's lease here (ShedLock's table, read and
-- written by its JDBC provider). A lease ends when the run ends, but not before
-- taiwa.scheduling.lease-at-least (so a node whose clock is a little behind does not run the same
-- schedule again), and at the latest at lock_until (so a node that died mid-run frees it).
-- On SQLite the provider stores the times as milliseconds since the epoch (sqlite-jdbc's default).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
