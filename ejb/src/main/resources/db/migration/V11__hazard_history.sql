-- Evidence as at the moment it matters (issue 14): a spot check judges each finding by R6 as at its start, so every
-- fact R6 reads must be known as of any instant, and a bureau finding binds the company's hazards of its item and
-- location forever.

-- Every version of a hazard's facts (state, location, 五落实 and the plan's deadline), from the moment it was written
-- (the hazard's updated_at, the portal's clock). The database writes it in the transaction of the change, so no
-- writer can forget it; it is never changed or deleted. Extensions have their own decision time (hazard_extension).
CREATE TABLE hazard_history (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hazard_id          bigint        NOT NULL REFERENCES hazard (id),
    valid_from         timestamptz   NOT NULL,
    version            bigint        NOT NULL,
    state              varchar(20)   NOT NULL,
    location           varchar(300),
    responsible_person varchar(50),
    responsible_body   varchar(100),
    measures           varchar(2000),
    funds_amount       numeric(14, 2),
    funds_source       varchar(200),
    deadline           date,
    contingency        varchar(2000)
);

CREATE INDEX hazard_history_as_of_idx ON hazard_history (hazard_id, valid_from DESC, id DESC);

CREATE FUNCTION hazard_history_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.state, OLD.location, OLD.responsible_person, OLD.responsible_body, OLD.measures,
                             OLD.funds_amount, OLD.funds_source, OLD.deadline, OLD.contingency)
            IS NOT DISTINCT FROM (NEW.state, NEW.location, NEW.responsible_person, NEW.responsible_body, NEW.measures,
                                  NEW.funds_amount, NEW.funds_source, NEW.deadline, NEW.contingency) THEN
        RETURN NULL;
    END IF;
    INSERT INTO hazard_history (hazard_id, valid_from, version, state, location, responsible_person, responsible_body,
                                measures, funds_amount, funds_source, deadline, contingency)
    VALUES (NEW.id, COALESCE(NEW.updated_at, NEW.created_at), NEW.version, NEW.state, NEW.location,
            NEW.responsible_person, NEW.responsible_body, NEW.measures, NEW.funds_amount, NEW.funds_source, NEW.deadline,
            NEW.contingency);
    RETURN NULL;
END $$;

CREATE TRIGGER hazard_history_write AFTER INSERT OR UPDATE ON hazard
    FOR EACH ROW EXECUTE FUNCTION hazard_history_write();

-- Hazards recorded before this migration: what they held when recorded (a new hazard is 待整改 without a plan), and what
-- they hold now from their last change; changes in between were not kept and are not invented.
INSERT INTO hazard_history (hazard_id, valid_from, version, state)
SELECT id, created_at, 0, 'PENDING' FROM hazard WHERE updated_at IS NOT NULL AND updated_at > created_at;
INSERT INTO hazard_history (hazard_id, valid_from, version, state, location, responsible_person, responsible_body,
                            measures, funds_amount, funds_source, deadline, contingency)
SELECT id, COALESCE(updated_at, created_at), version, state, location, responsible_person, responsible_body, measures,
       funds_amount, funds_source, deadline, contingency
  FROM hazard;

-- A bureau finding bound to a company hazard of the same 判定标准 item and location (or matched to it by the judgment),
-- once and for ever. recorded_after: the hazard was recorded at or after the inspection's start, so it is not
-- self-found (非自查发现), whatever its source says.
CREATE TABLE hazard_finding_link (
    hazard_id        bigint      NOT NULL REFERENCES hazard (id),
    finding_id       bigint      NOT NULL REFERENCES inspection_finding (id),
    inspection_id    bigint      NOT NULL REFERENCES bureau_inspection (id),
    found_at         timestamptz NOT NULL,
    recorded_after   boolean     NOT NULL,
    linked_at        timestamptz NOT NULL,
    PRIMARY KEY (hazard_id, finding_id)
);

CREATE INDEX hazard_finding_link_finding_idx ON hazard_finding_link (finding_id);

INSERT INTO hazard_finding_link (hazard_id, finding_id, inspection_id, found_at, recorded_after, linked_at)
SELECT f.matched_hazard_id, f.id, i.id, i.started_at, h.created_at >= i.started_at, i.recorded_at
  FROM inspection_finding f JOIN bureau_inspection i ON i.id = f.inspection_id JOIN hazard h ON h.id = f.matched_hazard_id;

-- the overview counts a company's hazards that are not self-found
ALTER TABLE company_hazards ADD COLUMN not_self_found integer NOT NULL DEFAULT 0;

UPDATE company_hazards s SET not_self_found = (
    SELECT count(*) FROM hazard h WHERE h.company_id = s.company_id
       AND (h.source = 'BUREAU' OR EXISTS (SELECT 1 FROM hazard_finding_link l WHERE l.hazard_id = h.id AND l.recorded_after)));

CREATE FUNCTION append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is evidence: never changed or deleted', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
END $$;

CREATE TRIGGER hazard_history_append_only BEFORE UPDATE OR DELETE ON hazard_history
    FOR EACH ROW EXECUTE FUNCTION append_only();
CREATE TRIGGER hazard_history_no_truncate BEFORE TRUNCATE ON hazard_history
    FOR EACH STATEMENT EXECUTE FUNCTION append_only();
CREATE TRIGGER hazard_finding_link_append_only BEFORE UPDATE OR DELETE ON hazard_finding_link
    FOR EACH ROW EXECUTE FUNCTION append_only();
CREATE TRIGGER hazard_finding_link_no_truncate BEFORE TRUNCATE ON hazard_finding_link
    FOR EACH STATEMENT EXECUTE FUNCTION append_only();

-- a printed report's QR code opens the public verification by the digest printed on it
CREATE INDEX quarterly_report_digest_idx ON quarterly_report (digest) WHERE digest IS NOT NULL;
