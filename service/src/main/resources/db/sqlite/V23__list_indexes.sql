-- Indexes for every filter and sort the lists offer (issue 19). Each list walks its keyset order
-- (newest first) and stops after one page, so an index that starts with a filter's column and
-- continues with that order serves both the page (a range, whatever the depth) and the count of
-- that filter when totalCount is asked.

-- Pre-reports by destination country, newest first (replaces the country-only index).
DROP INDEX pre_report_country;
CREATE INDEX pre_report_country_newest ON pre_report (counterparty_country, created_at DESC, id DESC);
-- The dialogue queue of one officer ("mine").
CREATE INDEX case_officer_officer ON case_officer (officer_id, case_id);

-- Patent applications in given states, newest first; the keyset order as the list sorts.
CREATE INDEX patent_application_state_newest ON patent_application (state, registered_at DESC, id DESC);

-- Prior confirmations of one organisation, newest first, with the id that breaks ties.
DROP INDEX prior_confirmation_organisation;
CREATE INDEX prior_confirmation_organisation_newest ON prior_confirmation (organisation_id, requested_at DESC, id DESC);

-- Audit events by outcome, newest first.
CREATE INDEX audit_event_outcome ON audit_event (outcome, sequence);

-- How many pre-reports each organisation has in each state, kept by triggers in the same
-- transaction as the change: the list's totalCount without other filters than scope, states and
-- organisation sums at most (organisations x states) rows instead of counting every report.
CREATE TABLE pre_report_count (
    organisation_id TEXT    NOT NULL,
    state           TEXT    NOT NULL,
    reports         INTEGER NOT NULL,
    PRIMARY KEY (organisation_id, state)
);
INSERT INTO pre_report_count (organisation_id, state, reports)
    SELECT organisation_id, state, COUNT(*) FROM pre_report GROUP BY organisation_id, state;

CREATE TRIGGER pre_report_count_insert AFTER INSERT ON pre_report
BEGIN
    INSERT INTO pre_report_count (organisation_id, state, reports)
        VALUES (NEW.organisation_id, NEW.state, 1)
        ON CONFLICT (organisation_id, state) DO UPDATE SET reports = reports + 1;
END;

CREATE TRIGGER pre_report_count_update AFTER UPDATE OF organisation_id, state ON pre_report
    WHEN OLD.organisation_id IS NOT NEW.organisation_id OR OLD.state IS NOT NEW.state
BEGIN
    UPDATE pre_report_count SET reports = reports - 1
        WHERE organisation_id = OLD.organisation_id AND state = OLD.state;
    INSERT INTO pre_report_count (organisation_id, state, reports)
        VALUES (NEW.organisation_id, NEW.state, 1)
        ON CONFLICT (organisation_id, state) DO UPDATE SET reports = reports + 1;
END;

CREATE TRIGGER pre_report_count_delete AFTER DELETE ON pre_report
BEGIN
    UPDATE pre_report_count SET reports = reports - 1
        WHERE organisation_id = OLD.organisation_id AND state = OLD.state;
END;
