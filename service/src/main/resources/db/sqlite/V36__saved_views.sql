-- Saved views (issue 16): a named pre-report filter and order a user keeps, optionally shared with
-- the colleagues of its organisation. The filter is stored field by field, as PreReportFilter has
-- them (states as a comma-separated list of names); shared and unreviewed_hits are 0 or 1.
CREATE TABLE saved_view (
    id                  VARCHAR(36) NOT NULL PRIMARY KEY,
    owner_id            VARCHAR(36) NOT NULL REFERENCES user_account (id),
    organisation_id     VARCHAR(36) NOT NULL REFERENCES organisation (id),
    name                TEXT        NOT NULL,
    shared              INTEGER     NOT NULL,
    sort                TEXT        NOT NULL,
    direction           TEXT        NOT NULL,
    states              TEXT        NOT NULL,
    technology_number   INTEGER,
    destination_country TEXT,
    organisation_filter VARCHAR(36),
    planned_from        VARCHAR(10),
    planned_to          VARCHAR(10),
    text_filter         TEXT,
    search              TEXT,
    unreviewed_hits     INTEGER     NOT NULL,
    created_at          INTEGER      NOT NULL
);
-- A user's own views, and the views shared within an organisation.
CREATE INDEX saved_view_owner ON saved_view (owner_id, name);
CREATE INDEX saved_view_shared ON saved_view (organisation_id, name) WHERE shared = 1;
