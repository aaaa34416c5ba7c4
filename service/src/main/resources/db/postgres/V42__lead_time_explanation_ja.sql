-- The lead-time rule's explanation in Japanese, next to the English one (lead_time_explanation):
-- the companies and officials who read it read Japanese. Reports filed before this version keep only
-- the English sentence (NULL here): the console shows that one for them.
ALTER TABLE pre_report ADD COLUMN lead_time_explanation_ja TEXT;
