-- Track B: patent applications registered by an examiner, with their applicant organisations.
-- title, abstract_text and claims are the content that is secret while an application is sent to
-- review, under security review or designated; the secrecy is enforced by the use cases, and each
-- read of secret content is an audit event. ipc_codes and matched_fields are ';'-joined lists.
CREATE TABLE patent_application (
    id                          TEXT NOT NULL PRIMARY KEY,
    application_number          TEXT NOT NULL UNIQUE,
    filing_date                 TEXT NOT NULL,
    invention_completed_japan   INTEGER     NOT NULL,
    title                       TEXT        NOT NULL,
    abstract_text               TEXT,
    claims                      TEXT,
    ipc_codes                   TEXT        NOT NULL,
    route                       TEXT NOT NULL,
    defence_purpose             INTEGER     NOT NULL,
    state_or_national_agency    INTEGER     NOT NULL,
    commissioned_research       INTEGER     NOT NULL,
    state                       TEXT NOT NULL,
    outside_reason              TEXT,
    assigned_examiner           TEXT NOT NULL REFERENCES user_account (id),
    screening_due               TEXT,
    matched_fields              TEXT        NOT NULL,
    decision_reason             TEXT,
    registered_at               INTEGER     NOT NULL,
    updated_at                  INTEGER     NOT NULL,
    version                     INTEGER     NOT NULL
);
CREATE INDEX patent_application_newest ON patent_application (registered_at, id);

CREATE TABLE patent_applicant (
    case_id         TEXT NOT NULL REFERENCES patent_application (id),
    organisation_id TEXT NOT NULL REFERENCES organisation (id),
    position        INTEGER     NOT NULL,
    PRIMARY KEY (case_id, organisation_id)
);
-- A filer's list: the applications its organisation applied for.
CREATE INDEX patent_applicant_organisation ON patent_applicant (organisation_id, case_id);
