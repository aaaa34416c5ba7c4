-- pre_report_by_reference (V35) repeats the UNIQUE index on reference: a unique, non-null key
-- already orders the reports by reference and id alike, and the list sorted by reference walks it
-- (PreReportListPlansTest). Every index is written by every new report: one less for the import.
DROP INDEX pre_report_by_reference;
