-- End dates of terms (principal, leadership, designated leader, group membership) and of the reasons recorded
-- for missing group categories become inclusive: end_date is now the last day in office, as people write it,
-- no longer the first day without the role (V3). Every stored end moves back one day, so that who held what
-- on each day stays exactly as it was; a successor's first day is the day after his predecessor's last.
--
-- A term replaced on its first day (a principal or leader corrected on the day he was entered, a reason
-- replaced on the day it was given) was stored as end_date = start_date and held no day. It becomes
-- end_date = start_date - 1: still no day, kept as history (nothing is deleted; audit entries name it), and
-- it cannot be made one day long without giving two principals or two leaders that day. The date checks
-- therefore allow an end one day before the start and nothing earlier; entered end dates are checked by the
-- portal to be on or after the start.
--
-- The audit trail is append-only: entries written before this migration keep end dates in the old meaning
-- (first day no longer in office); their time (before this migration ran) tells which meaning they carry.
-- Signed reports and confirmed inspections hold no term end dates (the 责任倒查 list already stored the last
-- day held), so nothing sealed changes.

ALTER TABLE org_term DROP CONSTRAINT org_term_dates;
UPDATE org_term SET end_date = end_date - 1, version = version + 1 WHERE end_date IS NOT NULL;
ALTER TABLE org_term ADD CONSTRAINT org_term_dates CHECK (end_date IS NULL OR end_date >= start_date - 1);

ALTER TABLE composition_explanation DROP CONSTRAINT explanation_dates;
UPDATE composition_explanation SET end_date = end_date - 1, version = version + 1 WHERE end_date IS NOT NULL;
ALTER TABLE composition_explanation ADD CONSTRAINT explanation_dates CHECK (end_date IS NULL OR end_date >= start_date - 1);

COMMENT ON COLUMN org_term.end_date IS
    'last day in office, included (since V12); NULL while open; start_date - 1 for a term replaced on its first day';
COMMENT ON COLUMN composition_explanation.end_date IS
    'last day the reason holds, included (since V12); NULL while it holds; start_date - 1 for one replaced on its first day';
