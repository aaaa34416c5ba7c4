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

-- How many pre-reports each organisation has in each state, kept by a trigger in the same
-- transaction as the change: the list's totalCount without other filters than scope, states and
-- organisation sums at most (organisations x states) rows instead of counting every report.
CREATE TABLE pre_report_count (
    organisation_id VARCHAR(36) NOT NULL,
    state           VARCHAR(40) NOT NULL,
    reports         BIGINT      NOT NULL,
    PRIMARY KEY (organisation_id, state)
);
INSERT INTO pre_report_count (organisation_id, state, reports)
    SELECT organisation_id, state, COUNT(*) FROM pre_report GROUP BY organisation_id, state;

-- An update takes its two count rows in key order, so two single-report changes never wait on
-- each other's rows in opposite orders.
CREATE FUNCTION pre_report_count_keep() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE'
            AND (OLD.organisation_id, OLD.state) < (NEW.organisation_id, NEW.state)) THEN
        UPDATE pre_report_count SET reports = reports - 1
            WHERE organisation_id = OLD.organisation_id AND state = OLD.state;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO pre_report_count (organisation_id, state, reports)
            VALUES (NEW.organisation_id, NEW.state, 1)
            ON CONFLICT (organisation_id, state) DO UPDATE SET reports = pre_report_count.reports + 1;
    END IF;
    IF TG_OP = 'UPDATE' AND (OLD.organisation_id, OLD.state) > (NEW.organisation_id, NEW.state) THEN
        UPDATE pre_report_count SET reports = reports - 1
            WHERE organisation_id = OLD.organisation_id AND state = OLD.state;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER pre_report_count_insert_delete AFTER INSERT OR DELETE ON pre_report
    FOR EACH ROW EXECUTE FUNCTION pre_report_count_keep();
CREATE TRIGGER pre_report_count_update AFTER UPDATE OF organisation_id, state ON pre_report
    FOR EACH ROW
    WHEN (OLD.organisation_id IS DISTINCT FROM NEW.organisation_id OR OLD.state IS DISTINCT FROM NEW.state)
    EXECUTE FUNCTION pre_report_count_keep();
