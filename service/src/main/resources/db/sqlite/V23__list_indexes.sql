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
