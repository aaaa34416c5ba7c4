-- Track B: a patent application linked to a pre-report (Track A) of the same applicant organisation
-- about the same technology, with the filer's note. Shown only to callers who may see both cases.
CREATE TABLE patent_pre_report_link (
    application_id VARCHAR(36) NOT NULL REFERENCES patent_application (id),
    pre_report_id  VARCHAR(36) NOT NULL REFERENCES pre_report (id),
    note           TEXT    NOT NULL,
    linked_at      BIGINT  NOT NULL,
    linked_by      VARCHAR(36) NOT NULL REFERENCES user_account (id),
    PRIMARY KEY (application_id, pre_report_id)
);
CREATE INDEX patent_pre_report_link_pre_report ON patent_pre_report_link (pre_report_id);
