-- Track B: the applicant's request for a notice of non-sending (不送付通知の申出), at most one per
-- application, and the notice once issued (with a NOT_SENT decision or after the screening months).
CREATE TABLE patent_non_sending_notice (
    case_id      VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES patent_application (id),
    requested_at BIGINT NOT NULL,
    requested_by VARCHAR(36) NOT NULL REFERENCES user_account (id),
    issued_on    TEXT,
    issued_by    VARCHAR(36) REFERENCES user_account (id)
);
