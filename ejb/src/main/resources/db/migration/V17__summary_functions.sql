-- The jurisdiction overview's summaries (V10: company_quarter, company_hazards) have one home for their SQL: the
-- functions below. OverviewStats (through SummaryRepository) calls them for one company in the transaction of each
-- change; the benchmark data generator (module bench) calls them once for every company after a bulk load, so that
-- both keep exactly the same rows. Each takes arrays and works on the whole set in one statement; each returns how many
-- summary rows it wrote. Whether a check covers its quarter or proves the principal's attendance is decided by the
-- caller (InTime in Java; check_covers_quarter and principal_attendance_counts of V13 in SQL).

-- OverviewStats.quarter: sets the flags of each (company, quarter) that are true; a flag once true stays true. One
-- entry per (company, quarter): ON CONFLICT cannot update a row twice in one statement.
CREATE FUNCTION mark_company_quarters(companies bigint[], quarters varchar[], done boolean[], late boolean[],
                                      attended boolean[]) RETURNS integer
    LANGUAGE sql VOLATILE AS $$
    WITH marked AS (
        INSERT INTO company_quarter (company_id, quarter, check_done, check_late, principal_attended)
        SELECT * FROM unnest(companies, quarters, done, late, attended)
        ON CONFLICT (company_id, quarter) DO UPDATE SET
            check_done = company_quarter.check_done OR EXCLUDED.check_done,
            check_late = company_quarter.check_late OR EXCLUDED.check_late,
            principal_attended = company_quarter.principal_attended OR EXCLUDED.principal_attended
        RETURNING 1)
    SELECT count(*)::int FROM marked
$$;

-- OverviewStats.reportReceived: the report on the quarter was received at that time; the first receipt is kept. One
-- entry per (company, quarter).
CREATE FUNCTION receive_company_reports(companies bigint[], quarters varchar[], receipts timestamptz[]) RETURNS integer
    LANGUAGE sql VOLATILE AS $$
    WITH received AS (
        INSERT INTO company_quarter (company_id, quarter, report_receipt_at)
        SELECT * FROM unnest(companies, quarters, receipts)
        ON CONFLICT (company_id, quarter)
        DO UPDATE SET report_receipt_at = LEAST(company_quarter.report_receipt_at, EXCLUDED.report_receipt_at)
        RETURNING 1)
    SELECT count(*)::int FROM received
$$;

-- OverviewStats' recount of the companies' hazards: open ones (HazardState.open), the earliest deadline in force of those
-- before verification (Overdue), and those not self-found (Qualification's SELF_FOUND unmet: found by the bureau, or
-- recorded only after a bureau finding bound to it, FindingLink.recordedAfter). Under a lock of the summary rows, taken
-- in a statement of its own so that the recount's snapshot is taken after it: two nodes recounting the same company
-- count in turn, the second seeing what the first committed. Locks are taken in company order (no deadlock between two
-- recounts of overlapping sets).
CREATE FUNCTION recount_company_hazards(companies bigint[]) RETURNS integer
    LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    recounted integer;
BEGIN
    INSERT INTO company_hazards (company_id)
    SELECT DISTINCT c FROM unnest(companies) AS c ORDER BY c
    ON CONFLICT (company_id) DO NOTHING;
    PERFORM 1 FROM company_hazards WHERE company_id = ANY (companies) ORDER BY company_id FOR UPDATE;
    UPDATE company_hazards s SET (open_hazards, earliest_deadline, not_self_found) = (
        SELECT count(*) FILTER (WHERE hazard_open(h.state)),
               min(hazard_deadline_in_force(h.id, h.deadline)) FILTER (WHERE hazard_before_verification(h.state)),
               count(*) FILTER (WHERE h.source = 'BUREAU' OR EXISTS (SELECT 1 FROM hazard_finding_link l
                                                                      WHERE l.hazard_id = h.id AND l.recorded_after))
          FROM hazard h WHERE h.company_id = s.company_id)
     WHERE s.company_id = ANY (companies);
    GET DIAGNOSTICS recounted = ROW_COUNT;
    RETURN recounted;
END $$;
