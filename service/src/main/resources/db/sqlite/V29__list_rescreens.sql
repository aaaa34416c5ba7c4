-- Re-screening of the open cases against each newly imported list version (issue 18): recorded
-- PENDING with the import, RUNNING once a node started it, FINISHED when every open case was
-- screened. after_case is the cursor (last case id done, in id order), committed with each batch.
CREATE TABLE screening_rescreen (
    list_version_id     TEXT NOT NULL PRIMARY KEY REFERENCES screening_list_version (id),
    state               TEXT NOT NULL,
    total               INTEGER,
    screened            INTEGER NOT NULL,
    cases_with_new_hits INTEGER NOT NULL,
    new_hits            INTEGER NOT NULL,
    after_case          TEXT,
    started_at          BIGINT,
    finished_at         BIGINT
);

CREATE INDEX screening_rescreen_unfinished ON screening_rescreen (state);

-- The queues' "unreviewed hits" filter probes a report's hits without a verdict.
CREATE INDEX screening_hit_unreviewed ON screening_hit (case_id) WHERE verdict IS NULL;
