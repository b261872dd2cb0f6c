-- Bulk onboarding (issue 17): an admin, or a bureau for its own jurisdiction, imports companies from the portal's Excel
-- template. The upload stores every row; the company-import route applies the queued rows (a company registered or
-- updated by its credit code) and then invites each new safety manager, at a set rate. Every step's state is here,
-- claimed with SKIP LOCKED and a lease, so that a node that dies mid-import leaves its rows to the next claim.
CREATE TABLE company_import (
    id           bigserial    PRIMARY KEY,
    -- the region prefix the uploader's jurisdiction had ('' for an admin): every row is checked against it
    jurisdiction varchar(6)   NOT NULL,
    file_name    varchar(200) NOT NULL,
    uploaded_by  varchar(100) NOT NULL,
    uploaded_at  timestamptz  NOT NULL,
    rows_total   integer      NOT NULL
);
CREATE INDEX company_import_jurisdiction ON company_import (jurisdiction, id);

CREATE TABLE company_import_row (
    id                bigserial    PRIMARY KEY,
    import_id         bigint       NOT NULL REFERENCES company_import (id),
    row_no            integer      NOT NULL,
    credit_code       varchar(18),
    -- the row's cells as text, by column (CompanyImportTemplate.Column)
    cells             jsonb        NOT NULL,
    -- QUEUED until applied, then CREATED, UPDATED, UNCHANGED or REJECTED (errors says why)
    outcome           varchar(10)  NOT NULL,
    errors            jsonb,
    company_id        bigint       REFERENCES company (id),
    manager_email     varchar(254),
    -- NONE (no invitation: rejected, or the address was invited before), PENDING, SENT, EXISTING (the address has an
    -- account of this company already), FAILED (invitation_error says why)
    invitation        varchar(10)  NOT NULL DEFAULT 'NONE',
    invitation_error  varchar(500),
    attempts          integer      NOT NULL DEFAULT 0,
    -- when the row may be claimed next (its step is due, or a claim's lease has run out)
    due_at            timestamptz  NOT NULL,
    done_at           timestamptz,
    UNIQUE (import_id, row_no)
);
CREATE INDEX company_import_row_queued ON company_import_row (due_at) WHERE outcome = 'QUEUED';
CREATE INDEX company_import_row_invitation ON company_import_row (due_at) WHERE invitation = 'PENDING';
CREATE INDEX company_import_row_company ON company_import_row (company_id, manager_email);

-- Bureau officers' accounts made in the portal (issue 17): by an admin, or by a provincial bureau's administrator for
-- his own province. Keycloak holds the account; the jurisdiction it was given, and whether it may log in, are here.
CREATE TABLE officer_account (
    account_id     varchar(36)  PRIMARY KEY,
    email          varchar(254) NOT NULL UNIQUE,
    name           varchar(50)  NOT NULL,
    mobile         varchar(11),
    jurisdiction   varchar(6)   NOT NULL,
    province_admin boolean      NOT NULL,
    enabled        boolean      NOT NULL DEFAULT true,
    created_at     timestamptz  NOT NULL,
    created_by     varchar(100) NOT NULL,
    changed_at     timestamptz,
    changed_by     varchar(100)
);
CREATE INDEX officer_account_jurisdiction ON officer_account (jurisdiction text_pattern_ops);
