-- Whether an application's content was ever sent to security review. Content sent to review stays
-- secret until cleared (not designated, lifted, expired), also once the application is withdrawn or
-- dismissed; the state alone cannot tell a withdrawal under screening from one under review.
-- Existing rows: every state reached only through review, and a withdrawn application that was due
-- a review decision (the ledger opens 'review-decision' when an application is sent to review).
ALTER TABLE patent_application ADD COLUMN sent_to_review BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE patent_application SET sent_to_review = TRUE
 WHERE state IN ('SENT_TO_REVIEW', 'UNDER_SECURITY_REVIEW', 'PRIOR_NOTICE_ISSUED',
                 'APPLICATION_MAINTAINED', 'DESIGNATED', 'NOT_DESIGNATED', 'LIFTED', 'EXPIRED',
                 'DISMISSED')
    OR (state = 'WITHDRAWN' AND EXISTS (SELECT 1 FROM case_deadline d
                                         WHERE d.case_id = patent_application.id
                                           AND d.subject = 'review-decision'));
