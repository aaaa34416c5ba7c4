-- Search and sorting of the pre-report lists (issue 16).

-- The text a report is found by: reference, counterparty names, technology description and
-- management measures, NFKC-normalised, lower case, katakana as hiragana (SearchText), written by
-- every insert and update of the report. NULL only in rows stored before this migration until the
-- service back-fills them on start (SearchTextBackfill, through the partial index below).
ALTER TABLE pre_report ADD COLUMN search_text TEXT;
CREATE INDEX pre_report_unsearched ON pre_report (id) WHERE search_text IS NULL;

-- Trigram index for LIKE '%word%' (pg_trgm is a trusted extension: the database owner may create
-- it). Words shorter than 3 characters still match, by the same LIKE without the index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX pre_report_search_trigrams ON pre_report USING gin (search_text gin_trgm_ops);

-- The earliest open deadline of each case, kept by a trigger on case_deadline in the same
-- transaction as the deadline's change: the list sorted by next due date walks an index.
ALTER TABLE pre_report ADD COLUMN next_due_date VARCHAR(10);
UPDATE pre_report SET next_due_date = (
    SELECT MIN(d.due_date) FROM case_deadline d
    WHERE d.case_id = pre_report.id AND d.met_on IS NULL AND d.cancelled_on IS NULL);

CREATE FUNCTION pre_report_next_due_keep() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    changed_case TEXT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed_case := OLD.case_id;
    ELSE
        changed_case := NEW.case_id;
    END IF;
    UPDATE pre_report SET next_due_date = (
        SELECT MIN(d.due_date) FROM case_deadline d
        WHERE d.case_id = changed_case AND d.met_on IS NULL AND d.cancelled_on IS NULL)
    WHERE id = changed_case;
    RETURN NULL;
END;
$$;

CREATE TRIGGER case_deadline_next_due_insert_delete AFTER INSERT OR DELETE ON case_deadline
    FOR EACH ROW EXECUTE FUNCTION pre_report_next_due_keep();
CREATE TRIGGER case_deadline_next_due_update AFTER UPDATE OF due_date, met_on, cancelled_on ON case_deadline
    FOR EACH ROW EXECUTE FUNCTION pre_report_next_due_keep();

-- One index per sort, on the very expression PreReportOrderSql orders by, with the id that breaks
-- ties (either direction walks it). Newest first is served by V1's indexes.
CREATE INDEX pre_report_by_filed ON pre_report ((COALESCE(submitted_at, created_at)), id);
CREATE INDEX pre_report_by_planned ON pre_report ((COALESCE(planned_date, '9999-12-31')), id);
CREATE INDEX pre_report_by_next_due ON pre_report ((COALESCE(next_due_date, '9999-12-31')), id);
CREATE INDEX pre_report_by_reference ON pre_report (reference, id);
