-- Invitations (issue 17): a person of a company's organisation gets a Keycloak account whose roles follow the recorded
-- organisation (principal while he is the principal, group-member while he is in the group or its designated leader,
-- safety-manager as assigned); without any of them the account is disabled. What was last set is kept here.
CREATE TABLE person_account (
    person_id      bigint       PRIMARY KEY REFERENCES person (id),
    company_id     bigint       NOT NULL REFERENCES company (id),
    account_id     varchar(36)  NOT NULL UNIQUE,
    email          varchar(100) NOT NULL,
    mobile         varchar(11),
    safety_manager boolean      NOT NULL,
    invited_at     timestamptz  NOT NULL,
    invited_by     varchar(100) NOT NULL,
    roles          varchar(100) NOT NULL DEFAULT '',
    enabled        boolean      NOT NULL DEFAULT true,
    synced_at      timestamptz
);
CREATE INDEX person_account_company ON person_account (company_id);

-- Jobs that run once a day on one node of the cluster: the node that inserts the day's row runs it.
CREATE TABLE daily_job_run (
    job        varchar(40) NOT NULL,
    day        date        NOT NULL,
    started_at timestamptz NOT NULL,
    PRIMARY KEY (job, day)
);
