-- Track A: the route of an inform (METI deck on the dialogue scheme): UNRESOLVED_CONCERNS (cites the
-- concerns the dialogue could not dispel; every inform issued before this migration) or
-- CONDITIONS_EFFECTIVE (the dialogue concluded that licence conditions are effective).
ALTER TABLE inform ADD COLUMN route VARCHAR(32) NOT NULL DEFAULT 'UNRESOLVED_CONCERNS';
