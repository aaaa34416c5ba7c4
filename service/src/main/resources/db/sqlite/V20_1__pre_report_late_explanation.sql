-- Track A: a report filed on or after its planned date (lead time LATE) says why it comes late.
ALTER TABLE pre_report ADD COLUMN late_explanation TEXT;
