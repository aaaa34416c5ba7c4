-- Track B: patent applications registered by an examiner, with their applicant organisations.
-- title, abstract_text and claims are the content that is secret while an application is sent to
-- review, under security review or designated; the secrecy is enforced by the use cases, and each
-- read of secret content is an audit event. ipc_codes and matched_fields are ';'-joined lists.
CREATE TABLE patent_application (
    id                          VARCHAR(36) NOT NULL PRIMARY KEY,
    application_number          VARCHAR(11) NOT NULL UNIQUE,
    filing_date                 VARCHAR(10) NOT NULL,
    invention_completed_japan   BOOLEAN     NOT NULL,
    title                       TEXT        NOT NULL,
    abstract_text               TEXT,
    claims                      TEXT,
    ipc_codes                   TEXT        NOT NULL,
    route                       VARCHAR(32) NOT NULL,
    defence_purpose             BOOLEAN     NOT NULL,
    state_or_national_agency    BOOLEAN     NOT NULL,
    commissioned_research       BOOLEAN     NOT NULL,
    state                       VARCHAR(32) NOT NULL,
    outside_reason              TEXT,
    assigned_examiner           VARCHAR(36) NOT NULL REFERENCES user_account (id),
    screening_due               VARCHAR(10),
    matched_fields              TEXT        NOT NULL,
    decision_reason             TEXT,
    registered_at               BIGINT      NOT NULL,
    updated_at                  BIGINT      NOT NULL,
    version                     BIGINT      NOT NULL
);
CREATE INDEX patent_application_newest ON patent_application (registered_at, id);

CREATE TABLE patent_applicant (
    case_id         VARCHAR(36) NOT NULL REFERENCES patent_application (id),
    organisation_id VARCHAR(36) NOT NULL REFERENCES organisation (id),
    position        INTEGER     NOT NULL,
    PRIMARY KEY (case_id, organisation_id)
);
-- A filer's list: the applications its organisation applied for.
CREATE INDEX patent_applicant_organisation ON patent_applicant (organisation_id, case_id);
