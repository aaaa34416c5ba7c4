-- Issue 19: on SQLite, V41 moves the search rows and counts of new reports from per-row triggers
-- to one statement per batch. PostgreSQL keeps its triggers (pg_trgm's GIN index is fed by the
-- row itself, and its count trigger is cheap there): nothing changes.
SELECT 1;
