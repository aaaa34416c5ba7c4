-- The representative (代表者) and address of an organisation, printed under its name on the notices
-- addressed to it; optional (NULL when not recorded).
ALTER TABLE organisation ADD COLUMN representative TEXT;
ALTER TABLE organisation ADD COLUMN address TEXT;
