-- Document numbers (発番): each issued notice carries the number its issuing office allocated from
-- its sequence for the year (never reused; allocated in the transaction that stores the document,
-- so a refused or rolled-back generation gives its number back). The same notice for the same case
-- state, issued again, carries the same number; documents that are not notices have none (NULL).
CREATE TABLE document_number_sequence (
    office      TEXT    NOT NULL,
    year        INTEGER NOT NULL,
    last_number INTEGER NOT NULL,
    PRIMARY KEY (office, year)
);
ALTER TABLE issued_document ADD COLUMN document_number TEXT;
CREATE INDEX issued_document_number ON issued_document (document_number);
