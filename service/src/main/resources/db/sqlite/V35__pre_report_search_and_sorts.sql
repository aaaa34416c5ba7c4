-- Search and sorting of the pre-report lists (issue 16).

-- The text a report is found by: reference, counterparty names, technology description and
-- management measures, NFKC-normalised, lower case, katakana as hiragana (SearchText), written by
-- every insert and update of the report. NULL only in rows stored before this migration until the
-- service back-fills them on start (SearchTextBackfill, through the partial index below).
ALTER TABLE pre_report ADD COLUMN search_text TEXT;
CREATE INDEX pre_report_unsearched ON pre_report (id) WHERE search_text IS NULL;

-- The same text indexed by trigrams (FTS5), kept from search_text by triggers in the same statement.
-- The FTS table's rows are keyed by pre_report_search.id: pre_report has no integer key of its own.
CREATE TABLE pre_report_search (
    id        INTEGER PRIMARY KEY,
    report_id TEXT    NOT NULL UNIQUE REFERENCES pre_report (id),
    body      TEXT    NOT NULL
);
CREATE VIRTUAL TABLE pre_report_search_fts USING fts5(
    body, content = 'pre_report_search', content_rowid = 'id', tokenize = 'trigram');

CREATE TRIGGER pre_report_search_fts_insert AFTER INSERT ON pre_report_search
BEGIN
    INSERT INTO pre_report_search_fts (rowid, body) VALUES (NEW.id, NEW.body);
END;
CREATE TRIGGER pre_report_search_fts_update AFTER UPDATE OF body ON pre_report_search
BEGIN
    INSERT INTO pre_report_search_fts (pre_report_search_fts, rowid, body)
        VALUES ('delete', OLD.id, OLD.body);
    INSERT INTO pre_report_search_fts (rowid, body) VALUES (NEW.id, NEW.body);
END;
CREATE TRIGGER pre_report_search_fts_delete AFTER DELETE ON pre_report_search
BEGIN
    INSERT INTO pre_report_search_fts (pre_report_search_fts, rowid, body)
        VALUES ('delete', OLD.id, OLD.body);
END;

CREATE TRIGGER pre_report_search_insert AFTER INSERT ON pre_report
    WHEN NEW.search_text IS NOT NULL
BEGIN
    INSERT INTO pre_report_search (report_id, body) VALUES (NEW.id, NEW.search_text)
        ON CONFLICT (report_id) DO UPDATE SET body = excluded.body;
END;
CREATE TRIGGER pre_report_search_update AFTER UPDATE OF search_text ON pre_report
    WHEN NEW.search_text IS NOT NULL AND NEW.search_text IS NOT OLD.search_text
BEGIN
    INSERT INTO pre_report_search (report_id, body) VALUES (NEW.id, NEW.search_text)
        ON CONFLICT (report_id) DO UPDATE SET body = excluded.body;
END;
CREATE TRIGGER pre_report_search_delete AFTER DELETE ON pre_report
BEGIN
    DELETE FROM pre_report_search WHERE report_id = OLD.id;
END;

-- The earliest open deadline of each case, kept by triggers on case_deadline in the same
-- transaction as the deadline's change: the list sorted by next due date walks an index.
ALTER TABLE pre_report ADD COLUMN next_due_date TEXT;
UPDATE pre_report SET next_due_date = (
    SELECT MIN(d.due_date) FROM case_deadline d
    WHERE d.case_id = pre_report.id AND d.met_on IS NULL AND d.cancelled_on IS NULL);

CREATE TRIGGER case_deadline_next_due_insert AFTER INSERT ON case_deadline
BEGIN
    UPDATE pre_report SET next_due_date = (
        SELECT MIN(d.due_date) FROM case_deadline d
        WHERE d.case_id = NEW.case_id AND d.met_on IS NULL AND d.cancelled_on IS NULL)
    WHERE id = NEW.case_id;
END;
CREATE TRIGGER case_deadline_next_due_update AFTER UPDATE OF due_date, met_on, cancelled_on ON case_deadline
BEGIN
    UPDATE pre_report SET next_due_date = (
        SELECT MIN(d.due_date) FROM case_deadline d
        WHERE d.case_id = NEW.case_id AND d.met_on IS NULL AND d.cancelled_on IS NULL)
    WHERE id = NEW.case_id;
END;
CREATE TRIGGER case_deadline_next_due_delete AFTER DELETE ON case_deadline
BEGIN
    UPDATE pre_report SET next_due_date = (
        SELECT MIN(d.due_date) FROM case_deadline d
        WHERE d.case_id = OLD.case_id AND d.met_on IS NULL AND d.cancelled_on IS NULL)
    WHERE id = OLD.case_id;
END;

-- One index per sort, on the very expression PreReportOrderSql orders by, with the id that breaks
-- ties (either direction walks it). Newest first is served by V1's indexes.
CREATE INDEX pre_report_by_filed ON pre_report (COALESCE(submitted_at, created_at), id);
CREATE INDEX pre_report_by_planned ON pre_report (COALESCE(planned_date, '9999-12-31'), id);
CREATE INDEX pre_report_by_next_due ON pre_report (COALESCE(next_due_date, '9999-12-31'), id);
CREATE INDEX pre_report_by_reference ON pre_report (reference, id);
