-- A list filtered by technology (with or without a destination country) walks one index in its
-- order and stops after one page (issue 19). Before, it walked the reports newest first (or those
-- of the country) and probed each for the technology, so a page of a rare technology, or of a rare
-- technology and country, read every report of the list's scope. Each technology row now carries
-- its report's creation time and destination country, written with the row by the store
-- (JdbcPreReports, which rewrites the rows when either changes; the creation time never does).

ALTER TABLE pre_report_technology ADD COLUMN created_at BIGINT;
ALTER TABLE pre_report_technology ADD COLUMN counterparty_country VARCHAR(2);
UPDATE pre_report_technology t
    SET created_at = r.created_at, counterparty_country = r.counterparty_country
    FROM pre_report r WHERE r.id = t.report_id;
ALTER TABLE pre_report_technology ALTER COLUMN created_at SET NOT NULL;

-- The look-up of one report's technology (report_id, technology_number) is served by the
-- primary key (report_id, position): a report lists a few technologies.
DROP INDEX pre_report_technology_number;
CREATE INDEX pre_report_technology_newest
    ON pre_report_technology (technology_number, created_at DESC, report_id DESC);
CREATE INDEX pre_report_technology_country_newest
    ON pre_report_technology (technology_number, counterparty_country, created_at DESC, report_id DESC);
ANALYZE pre_report_technology;
