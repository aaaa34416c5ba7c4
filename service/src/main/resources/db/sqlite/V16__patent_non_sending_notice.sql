-- Track B: the applicant's request for a notice of non-sending (不送付通知の申出), at most one per
-- application, and the notice once issued (with a NOT_SENT decision or after the screening months).
CREATE TABLE patent_non_sending_notice (
    case_id      TEXT NOT NULL PRIMARY KEY REFERENCES patent_application (id),
    requested_at INTEGER NOT NULL,
    requested_by TEXT NOT NULL REFERENCES user_account (id),
    issued_on    TEXT,
    issued_by    TEXT REFERENCES user_account (id)
);
