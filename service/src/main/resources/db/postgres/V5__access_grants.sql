-- Need-to-know grants: a named user's access to one case's secret content, with a reason and an
-- expiry; break-glass grants wait for an auditor's review. case_id has no foreign key: a grant
-- may name a case of any kind (pre-report today, patent application later).
CREATE TABLE access_grant (
    id                VARCHAR(36) NOT NULL PRIMARY KEY,
    grantee_id        VARCHAR(36) NOT NULL REFERENCES user_account (id),
    case_id           VARCHAR(36) NOT NULL,
    reason            TEXT        NOT NULL,
    granted_by        VARCHAR(36) NOT NULL REFERENCES user_account (id),
    granted_at        BIGINT      NOT NULL,
    expires_at        BIGINT      NOT NULL,
    break_glass       BOOLEAN     NOT NULL,
    revoked_at        BIGINT,
    revoked_by        VARCHAR(36) REFERENCES user_account (id),
    revocation_reason TEXT,
    reviewed_at       BIGINT,
    reviewed_by       VARCHAR(36) REFERENCES user_account (id),
    review_note       TEXT,
    CHECK (expires_at > granted_at)
);
-- "Does this user hold an active grant for this case?" and "my active grants".
CREATE INDEX access_grant_grantee ON access_grant (grantee_id, case_id, expires_at);
CREATE INDEX access_grant_case ON access_grant (case_id, granted_at, id);
-- The review queue: unreviewed break-glass grants.
CREATE INDEX access_grant_review_queue ON access_grant (break_glass, reviewed_at, granted_at);
