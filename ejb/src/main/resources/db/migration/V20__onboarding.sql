-- Onboarding (issue 17): a company applies on the public page, the bureau with jurisdiction over its site approves or
-- rejects; mails leave through an outbox that every node polls.

CREATE TABLE company_application (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    credit_code             char(18)     NOT NULL,
    name                    varchar(200) NOT NULL,
    region_code             varchar(6)   NOT NULL REFERENCES region (code),
    industry_code           varchar(5)   NOT NULL,
    industry_name           varchar(100) NOT NULL,
    high_risk               boolean      NOT NULL,
    standardisation_grade   varchar(20)  NOT NULL,
    certificate_no          varchar(60),
    certificate_valid_until date,
    address                 varchar(300),
    special_fields          varchar(200) NOT NULL DEFAULT '',
    manager_name            varchar(50)  NOT NULL,
    manager_mobile          varchar(11)  NOT NULL CHECK (manager_mobile ~ '^1[3-9][0-9]{9}$'),
    manager_email           varchar(254) NOT NULL,
    -- a second application for a registered credit code claims the company: the bureau decides who manages it
    kind                    varchar(5)   NOT NULL CHECK (kind IN ('NEW', 'CLAIM')),
    -- the bureau with jurisdiction over the site when it was submitted (the routing of filings); none: admins decide
    bureau_id               bigint       REFERENCES bureau (id),
    state                   varchar(8)   NOT NULL CHECK (state IN ('PENDING', 'APPROVED', 'REJECTED')),
    submitted_at            timestamptz  NOT NULL,
    -- where it came from, for the rate limit (a hash: no address is stored)
    submitted_from          char(64)     NOT NULL,
    decided_at              timestamptz,
    decided_by              varchar(100),
    decision_reason         text,
    company_id              bigint       REFERENCES company (id),
    account_id              varchar(36),
    version                 bigint       NOT NULL DEFAULT 0,
    CHECK ((state = 'PENDING') = (decided_at IS NULL)),
    CHECK (state <> 'REJECTED' OR length(btrim(decision_reason)) > 0),
    CHECK (state <> 'APPROVED' OR (company_id IS NOT NULL AND account_id IS NOT NULL)),
    CHECK ((standardisation_grade = 'NOT_GRADED') = (certificate_no IS NULL))
);
-- one open application per credit code: a second one waits for the first decision
CREATE UNIQUE INDEX company_application_one_pending ON company_application (credit_code) WHERE state = 'PENDING';
CREATE INDEX company_application_region ON company_application (region_code, state);
CREATE INDEX company_application_email ON company_application (lower(manager_email), submitted_at);
CREATE INDEX company_application_from ON company_application (submitted_from, submitted_at);

-- the business licence as uploaded (image or PDF, checked by content), kept apart so that lists stay light
CREATE TABLE application_licence (
    application_id bigint       PRIMARY KEY REFERENCES company_application (id),
    content_type   varchar(40)  NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'application/pdf')),
    file_name      varchar(200),
    size           integer      NOT NULL CHECK (size > 0),
    sha256         char(64)     NOT NULL,
    data           bytea        NOT NULL
);
CREATE TRIGGER application_licence_append_only BEFORE UPDATE OR DELETE ON application_licence
    FOR EACH ROW EXECUTE FUNCTION append_only();

-- Mails to send: written in the transaction that decides them, sent by whichever node claims them first
-- (FOR UPDATE SKIP LOCKED under a lease), retried with a growing pause. ACCOUNT_ACTIONS asks Keycloak to send its own
-- mail (set a password, verify the address) to the account named.
CREATE TABLE mail_outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            varchar(16)  NOT NULL CHECK (kind IN ('MAIL', 'ACCOUNT_ACTIONS')),
    recipient       varchar(254) NOT NULL,
    subject         varchar(300),
    body            text,
    account_id      varchar(36),
    created_at      timestamptz  NOT NULL,
    next_attempt_at timestamptz  NOT NULL,
    leased_until    timestamptz,
    attempts        integer      NOT NULL DEFAULT 0,
    sent_at         timestamptz,
    failed_at       timestamptz,
    last_error      varchar(500),
    CHECK (kind <> 'MAIL' OR (subject IS NOT NULL AND body IS NOT NULL)),
    CHECK (kind <> 'ACCOUNT_ACTIONS' OR account_id IS NOT NULL)
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
