-- One rule, one home (issue 15): the rules the overview and the watch list need in SQL are functions here, each the
-- counterpart of one Java rule, and RuleFunctionsIT checks that both answer alike. Queries call these functions instead
-- of repeating the expressions (five copies of the deadline in force had a formula of their own: max requested date
-- instead of the latest approved extension).

-- China's calendar day of an instant (Quarter.ZONE, Asia/Shanghai: no daylight saving time)
CREATE FUNCTION china_date(at timestamptz) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (at AT TIME ZONE 'Asia/Shanghai')::date;

-- HazardState.open(): not yet closed (已销号)
CREATE FUNCTION hazard_open(state varchar) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN state <> 'CLOSED';

-- HazardState.beforeVerification(): 待整改 or 整改中, the states in which a deadline can be missed
CREATE FUNCTION hazard_before_verification(state varchar) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN state IN ('PENDING', 'IN_PROGRESS');

-- Overdue.effectiveDeadline: the plan's deadline, replaced by each approved extension in the order requested (the
-- latest approved one is in force)
CREATE FUNCTION hazard_deadline_in_force(hazard bigint, plan_deadline date) RETURNS date
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN COALESCE((SELECT e.requested_deadline FROM hazard_extension e
                      WHERE e.hazard_id = hazard AND e.decision = 'APPROVED' ORDER BY e.id DESC LIMIT 1), plan_deadline);

-- Overdue.overdue: before verification and past the deadline in force
CREATE FUNCTION hazard_overdue(hazard bigint, state varchar, plan_deadline date, today date) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN hazard_before_verification(state) AND hazard_deadline_in_force(hazard, plan_deadline) < today;

-- Quarter.reportDeadline(day): the report of a quarter ('2026Q3') is due on that day of the next quarter's first month
CREATE FUNCTION report_due_date(quarter varchar, due_day int) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN make_date(left(quarter, 4)::int + (right(quarter, 1) = '4')::int, right(quarter, 1)::int % 4 * 3 + 1, due_day);
