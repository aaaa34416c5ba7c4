-- Track B security review and designation: one row per record (materials requests and replies,
-- consultations, prior notice and its answer, designation, extensions, non-designation notice,
-- lifting, expiry, dismissal, withdrawal, and the obligation sub-cases while designated). kind says
-- which; parent_id names the request a decision answers; record_date is the kind's date (reply due,
-- period end, lifting notice date); seq orders a case's records as they were made (several may share
-- a millisecond). Texts are need-to-know like the application's content.
CREATE TABLE patent_review_record (
    id           TEXT    NOT NULL PRIMARY KEY,
    seq          INTEGER NOT NULL,
    case_id      TEXT    NOT NULL REFERENCES patent_application (id),
    kind         TEXT    NOT NULL,
    parent_id    TEXT,
    body         TEXT    NOT NULL,
    record_date  TEXT,
    recorded_by  TEXT    NOT NULL,
    recorded_at  INTEGER NOT NULL
);
CREATE UNIQUE INDEX patent_review_record_case ON patent_review_record (case_id, seq);

-- The businesses that will share the invention (発明共有事業者), named by a maintenance reply or a
-- sharing request or change notice.
CREATE TABLE patent_sharing_business (
    record_id  TEXT    NOT NULL REFERENCES patent_review_record (id),
    position   INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    address    TEXT    NOT NULL,
    role       TEXT    NOT NULL,
    PRIMARY KEY (record_id, position)
);
