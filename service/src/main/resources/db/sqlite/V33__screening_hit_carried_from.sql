-- Issue 18: a false positive carried over to a newer list version's hit of the same, unchanged
-- entry (FalsePositiveCarryOver) is stored with the verdict, reason, decider and time of the
-- official's decision, and here the list version in which the official decided. NULL on a verdict
-- given on the hit itself and on an unreviewed hit.
ALTER TABLE screening_hit ADD COLUMN carried_from_version TEXT;
