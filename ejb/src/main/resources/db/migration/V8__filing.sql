-- Filing with the competent bureau (issue 7).
--
-- The portal side is an outbox: a filing row is written in the same transaction as the signature or hazard change
-- that causes it, and the delivery route claims due rows with SELECT ... FOR UPDATE SKIP LOCKED, so that any
-- number of nodes send each filing, and a crash between commit and send loses nothing (a claimed row whose lease
-- runs out is claimed again). The bureau side (intake_filing) stores what a bureau received, once per filing id.

ALTER TABLE bureau ADD COLUMN receipt_keys_url varchar(300);
UPDATE bureau SET receipt_keys_url = regexp_replace(intake_url, '/filings/?$', '') || '/keys';
ALTER TABLE bureau ALTER COLUMN receipt_keys_url SET NOT NULL;

CREATE TABLE filing (
    id              uuid         PRIMARY KEY,
    company_id      bigint       NOT NULL REFERENCES company (id),
    kind            varchar(10)  NOT NULL,
    event           varchar(30)  NOT NULL,
    -- what caused it, once: a report signed, a hazard recorded, a milestone of a hazard reached
    cause           varchar(80)  NOT NULL,
    report_id       bigint       REFERENCES quarterly_report (id),
    hazard_id       bigint       REFERENCES hazard (id),
    region_code     varchar(6)   NOT NULL,
    bureau_id       bigint       REFERENCES bureau (id),
    document        text         NOT NULL,
    digest          char(64)     NOT NULL,
    jws             text         NOT NULL,
    status          varchar(10)  NOT NULL,
    attempts        integer      NOT NULL DEFAULT 0,
    -- when the next attempt is due; for a row being sent, when its lease ends
    next_attempt_at timestamptz,
    last_error      text,
    receipt_no      varchar(100),
    receipt_at      timestamptz,
    receipt_bureau  varchar(100),
    receipt_jws     text,
    delivered_at    timestamptz,
    replays         integer      NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(100) NOT NULL,
    updated_at      timestamptz  NOT NULL,
    CONSTRAINT filing_cause_key UNIQUE (cause),
    CONSTRAINT filing_kind CHECK (kind IN ('REPORT', 'HAZARD', 'MILESTONE')),
    CONSTRAINT filing_status CHECK (status IN ('PENDING', 'SENDING', 'RETRYING', 'DELIVERED', 'FAILED', 'UNROUTED')),
    CONSTRAINT filing_subject CHECK ((kind = 'REPORT') = (report_id IS NOT NULL) AND (kind <> 'REPORT') = (hazard_id IS NOT NULL)),
    CONSTRAINT filing_delivered CHECK ((status = 'DELIVERED') = (receipt_no IS NOT NULL AND receipt_at IS NOT NULL AND receipt_jws IS NOT NULL)),
    CONSTRAINT filing_routed CHECK ((status = 'UNROUTED') = (bureau_id IS NULL)),
    CONSTRAINT filing_due CHECK (status NOT IN ('PENDING', 'SENDING', 'RETRYING') OR next_attempt_at IS NOT NULL)
);

-- the delivery route's claim: due rows in order
CREATE INDEX filing_due_idx ON filing (next_attempt_at) WHERE status IN ('PENDING', 'SENDING', 'RETRYING');
-- the company's list, newest first; a report's or hazard's filings
CREATE INDEX filing_company_idx ON filing (company_id, created_at DESC);
CREATE INDEX filing_report_idx ON filing (report_id) WHERE report_id IS NOT NULL;
CREATE INDEX filing_hazard_idx ON filing (hazard_id, receipt_at) WHERE hazard_id IS NOT NULL;
-- the admin's dead letters
CREATE INDEX filing_problem_idx ON filing (updated_at DESC) WHERE status IN ('FAILED', 'UNROUTED');

-- Records are evidence: a filing is never deleted, its document never changes, and a delivered filing is final.
CREATE FUNCTION filing_is_evidence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'TRUNCATE') THEN
        RAISE EXCEPTION 'filings are never deleted' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF OLD.status = 'DELIVERED' THEN
        RAISE EXCEPTION 'filing % is delivered and final', OLD.id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NEW.id <> OLD.id OR NEW.document <> OLD.document OR NEW.digest <> OLD.digest OR NEW.jws <> OLD.jws
            OR NEW.cause <> OLD.cause OR NEW.company_id <> OLD.company_id OR NEW.created_at <> OLD.created_at THEN
        RAISE EXCEPTION 'the document of filing % never changes', OLD.id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER filing_is_evidence BEFORE UPDATE OR DELETE ON filing
    FOR EACH ROW EXECUTE FUNCTION filing_is_evidence();
CREATE TRIGGER filing_no_truncate BEFORE TRUNCATE ON filing
    FOR EACH STATEMENT EXECUTE FUNCTION filing_is_evidence();

-- ---- the bureau's side: what its intake received ---------------------------------------------------------

CREATE SEQUENCE intake_receipt_seq;

CREATE TABLE intake_filing (
    filing_id    uuid         PRIMARY KEY,
    receipt_no   varchar(40)  NOT NULL,
    received_at  timestamptz  NOT NULL,
    received_by  varchar(100) NOT NULL,
    -- the bureau the receipt names
    bureau       varchar(100) NOT NULL,
    credit_code  varchar(18)  NOT NULL,
    region_code  varchar(6)   NOT NULL,
    kind         varchar(10)  NOT NULL,
    event        varchar(30)  NOT NULL,
    digest       char(64)     NOT NULL,
    document     text         NOT NULL,
    portal_jws   text         NOT NULL,
    receipt_jws  text         NOT NULL,
    reviewed_at  timestamptz,
    reviewed_by  varchar(100),
    CONSTRAINT intake_receipt_no_key UNIQUE (receipt_no)
);

CREATE INDEX intake_filing_region_idx ON intake_filing (region_code varchar_pattern_ops, received_at DESC);
CREATE INDEX intake_filing_company_idx ON intake_filing (credit_code, received_at DESC);

-- what was received stays as received; only the review marks may be set later
CREATE FUNCTION intake_filing_is_evidence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'a received filing is never deleted' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF ROW(NEW.filing_id, NEW.receipt_no, NEW.received_at, NEW.received_by, NEW.bureau, NEW.credit_code,
            NEW.region_code, NEW.kind, NEW.event, NEW.digest, NEW.document, NEW.portal_jws, NEW.receipt_jws)
            IS DISTINCT FROM ROW(OLD.filing_id, OLD.receipt_no, OLD.received_at, OLD.received_by, OLD.bureau, OLD.credit_code,
            OLD.region_code, OLD.kind, OLD.event, OLD.digest, OLD.document, OLD.portal_jws, OLD.receipt_jws) THEN
        RAISE EXCEPTION 'a received filing never changes' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER intake_filing_is_evidence BEFORE UPDATE OR DELETE ON intake_filing
    FOR EACH ROW EXECUTE FUNCTION intake_filing_is_evidence();
CREATE TRIGGER intake_filing_no_truncate BEFORE TRUNCATE ON intake_filing
    FOR EACH STATEMENT EXECUTE FUNCTION intake_filing_is_evidence();
