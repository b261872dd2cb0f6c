-- Ended periods are final (R3, R5): a check covers its quarter only if it was completed before the quarter ended in
-- China, and the principal's attendance counts for the year only if his confirmation and the check's completion were
-- both made within it. What is recorded later is a late entry (逾期补录): kept, shown, not counted. V10 filled the
-- overview's summaries from the check dates; this rebuilds them from the completion and confirmation times.
--
-- The rule's home is org.selfcheck.inspection.InTime, which OverviewStats asks for every change from now on. The two
-- functions below say the same in SQL, for this rebuild (and for the database test of the worked examples, CheckApiIT):
--   check_covers_quarter        = InTime.covers:  completed_at < first instant of the next quarter, Asia/Shanghai
--   principal_attendance_counts = InTime.attends: completed_at and confirmed_at both < 1 January of the next year, 00:00
--                                                 Asia/Shanghai
-- The zone is explicit (never the session's TimeZone): the check date is cast to a timestamp without time zone, moved
-- to the period's end and read as Asia/Shanghai local time. So 2026-09-30T23:59:59+08:00 covers 2026Q3, and
-- 2026-10-01T00:00:00+08:00 (= 2026-09-30T16:00:00Z) does not.

CREATE FUNCTION check_covers_quarter(check_date date, completed_at timestamptz) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT completed_at IS NOT NULL
       AND completed_at < (date_trunc('quarter', check_date::timestamp) + interval '3 months') AT TIME ZONE 'Asia/Shanghai'
$$;

CREATE FUNCTION principal_attendance_counts(check_date date, completed_at timestamptz, confirmed_at timestamptz)
    RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT completed_at IS NOT NULL AND confirmed_at IS NOT NULL
       AND greatest(completed_at, confirmed_at)
           < (date_trunc('year', check_date::timestamp) + interval '1 year') AT TIME ZONE 'Asia/Shanghai'
$$;

-- a check of the quarter was completed only after the quarter ended: shown as 逾期补录 when none covers it
ALTER TABLE company_quarter ADD COLUMN check_late boolean NOT NULL DEFAULT false;

-- every company and quarter with a completed check, from the times; the report receipts stay as they are
INSERT INTO company_quarter (company_id, quarter, check_done, check_late, principal_attended)
SELECT company_id, extract(year FROM check_date)::int || 'Q' || extract(quarter FROM check_date)::int,
       bool_or(check_covers_quarter(check_date, completed_at)),
       bool_or(NOT check_covers_quarter(check_date, completed_at)),
       bool_or(principal_attendance_counts(check_date, completed_at, principal_confirmed_at))
  FROM safety_check WHERE status = 'COMPLETED'
 GROUP BY 1, 2
    ON CONFLICT (company_id, quarter) DO UPDATE
   SET check_done = EXCLUDED.check_done, check_late = EXCLUDED.check_late,
       principal_attended = EXCLUDED.principal_attended;
