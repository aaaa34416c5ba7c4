-- Issue 19: a new report's search row (and so its FTS5 trigram entry) and its count are written once
-- per batch of inserted reports, by the store in the same transaction (JdbcPreReports, two
-- INSERT ... SELECT over the batch's ids), instead of by a trigger per row. FTS5 writes its pending
-- terms out at each statement that changes it, so a search row inserted per statement made a new
-- index segment per report, merged again and again; one statement per batch makes one. Replaying an
-- import's inserts (20,000 reports, 500 a transaction) took 62 µs of SQLite's CPU a report with
-- these triggers and 25 µs without them. The triggers that follow an update or a delete stay: they
-- fire for one report at a time. Every report already stored has its search row and its count.
DROP TRIGGER pre_report_search_insert;
DROP TRIGGER pre_report_count_insert;
