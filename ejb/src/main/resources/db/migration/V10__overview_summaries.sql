-- What the bureau's jurisdiction overview reads (issue 8), kept up to date by the services in the transaction of each
-- change, so that a province of 100,000 companies and a million hazards is summarised from one row per company (and
-- quarter) instead of from every check, filing and hazard.

-- extensions are read by hazard (the deadline in force); only the partial index of pending ones existed
CREATE INDEX hazard_extension_hazard_idx ON hazard_extension (hazard_id, decision);

-- the overview sorted by name walks this index (by region it walks company_region_code_idx)
CREATE INDEX company_name_idx ON company (name, credit_code);

-- per company and quarter: a completed check, the principal's confirmed attendance of one, the report's first receipt
CREATE TABLE company_quarter (
    company_id         bigint      NOT NULL REFERENCES company (id),
    quarter            varchar(7)  NOT NULL,
    check_done         boolean     NOT NULL DEFAULT false,
    principal_attended boolean     NOT NULL DEFAULT false,
    report_receipt_at  timestamptz,
    PRIMARY KEY (company_id, quarter)
);

-- per company: its major hazards not closed, and the earliest deadline in force of those not yet remediated
-- (the company has overdue hazards when it has passed)
CREATE TABLE company_hazards (
    company_id        bigint  PRIMARY KEY REFERENCES company (id),
    open_hazards      integer NOT NULL DEFAULT 0,
    earliest_deadline date
);

INSERT INTO company_quarter (company_id, quarter, check_done, principal_attended)
SELECT company_id, extract(year FROM check_date)::int || 'Q' || extract(quarter FROM check_date)::int, true,
       bool_or(principal_confirmed_at IS NOT NULL)
  FROM safety_check WHERE status = 'COMPLETED'
 GROUP BY 1, 2;

INSERT INTO company_quarter (company_id, quarter, report_receipt_at)
SELECT f.company_id, r.quarter, min(f.receipt_at)
  FROM filing f JOIN quarterly_report r ON r.id = f.report_id
 WHERE f.status = 'DELIVERED'
 GROUP BY 1, 2
    ON CONFLICT (company_id, quarter) DO UPDATE SET report_receipt_at = EXCLUDED.report_receipt_at;

INSERT INTO company_hazards (company_id, open_hazards, earliest_deadline)
SELECT h.company_id, count(*) FILTER (WHERE h.state <> 'CLOSED'),
       min(COALESCE((SELECT max(e.requested_deadline) FROM hazard_extension e WHERE e.hazard_id = h.id AND e.decision = 'APPROVED'),
                    h.deadline)) FILTER (WHERE h.state IN ('PENDING', 'IN_PROGRESS'))
  FROM hazard h GROUP BY h.company_id;
