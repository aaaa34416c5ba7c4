-- The console's bulk imports (issue 19, several nodes on one database): each job is a row, so
-- whichever node a request reaches shows its dry run, progress and outcome. Only the account that
-- started a job sees it (owner_id, within organisation_id). file_content holds the uploaded file
-- until the run ends (the node that runs it may not be the one that checked it). done_rows and
-- heartbeat_at are written by the running node after each batch and by its heartbeat; a QUEUED or
-- RUNNING job whose heartbeat is older than taiwa.imports.lease is shown as interrupted.
-- Times are epoch milliseconds; *_millis durations; the run's counts stay null until it is DONE.
CREATE TABLE import_job (
    id                       VARCHAR(36) NOT NULL PRIMARY KEY,
    owner_id                 VARCHAR(36) NOT NULL REFERENCES user_account (id),
    organisation_id          VARCHAR(36) NOT NULL REFERENCES organisation (id),
    file_name                TEXT        NOT NULL,
    file_content             BYTEA,
    row_count                BIGINT      NOT NULL,
    state                    TEXT        NOT NULL,
    done_rows                BIGINT      NOT NULL,
    dry_run_already_imported BIGINT      NOT NULL,
    dry_run_millis           BIGINT      NOT NULL,
    created                  BIGINT,
    already_imported         BIGINT,
    run_millis               BIGINT,
    checked_at               BIGINT      NOT NULL,
    heartbeat_at             BIGINT,
    finished_at              BIGINT
);
CREATE INDEX import_job_owner ON import_job (owner_id, checked_at);

-- Every problem of a job's dry run (phase DRY_RUN) and of its run (RUN), in the order shown.
CREATE TABLE import_job_problem (
    job_id     VARCHAR(36) NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    phase      TEXT        NOT NULL,
    ordinal    BIGINT      NOT NULL,
    source_row BIGINT      NOT NULL,
    field      TEXT,
    code       TEXT        NOT NULL,
    reason     TEXT        NOT NULL,
    PRIMARY KEY (job_id, phase, ordinal)
);
