-- A list filtered by technology (with or without a destination country) walks one index in its
-- order and stops after one page (issue 19). Before, it walked the reports newest first (or those
-- of the country) and probed each for the technology, so a page of a rare technology, or of a rare
-- technology and country, read every report of the list's scope. Each technology row now carries
-- its report's creation time and destination country, written with the row by the store
-- (JdbcPreReports, which rewrites the rows when either changes; the creation time never does).
-- SQLite adds no NOT NULL column without a default, so the table is made anew and filled.

CREATE TABLE pre_report_technology_new (
    report_id            TEXT    NOT NULL REFERENCES pre_report (id) ON DELETE CASCADE,
    position             INTEGER NOT NULL,
    technology_number    INTEGER NOT NULL,
    created_at           INTEGER NOT NULL,
    counterparty_country TEXT,
    PRIMARY KEY (report_id, position)
);
INSERT INTO pre_report_technology_new
        (report_id, position, technology_number, created_at, counterparty_country)
    SELECT t.report_id, t.position, t.technology_number, r.created_at, r.counterparty_country
    FROM pre_report_technology t JOIN pre_report r ON r.id = t.report_id;
DROP TABLE pre_report_technology;
ALTER TABLE pre_report_technology_new RENAME TO pre_report_technology;

-- The look-up of one report's technology (report_id, technology_number) is served by the
-- primary key (report_id, position): a report lists a few technologies.
CREATE INDEX pre_report_technology_newest
    ON pre_report_technology (technology_number, created_at DESC, report_id DESC);
CREATE INDEX pre_report_technology_country_newest
    ON pre_report_technology (technology_number, counterparty_country, created_at DESC, report_id DESC);
