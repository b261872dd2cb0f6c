-- The audit trail (notice section 十四): every change to a record the product keeps, as an entry that the
-- application only appends. Entries form hash chains, one per company ('company:<credit code>') and one for
-- records that belong to no company ('system'); each entry stores the hash of the one before it, so an
-- entry altered or removed behind the application's back breaks the chain at that point.

CREATE TABLE audit_chain (
    chain_key varchar(40) PRIMARY KEY,
    -- the newest entry: appending locks this row, so entries of one chain are written one at a time
    last_seq  bigint      NOT NULL,
    last_hash char(64)    NOT NULL
);

CREATE TABLE audit_entry (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    chain_key   varchar(40)  NOT NULL REFERENCES audit_chain (chain_key),
    seq         bigint       NOT NULL,
    occurred_at timestamptz  NOT NULL,
    actor       varchar(100) NOT NULL,
    entity_type varchar(60)  NOT NULL,
    entity_id   varchar(100) NOT NULL,
    action      varchar(40)  NOT NULL,
    -- the record before and after the change, as JSON text exactly as it was hashed (null: none)
    before_json text,
    after_json  text,
    prev_hash   char(64)     NOT NULL,
    hash        char(64)     NOT NULL,
    -- one successor per entry: two writers can never fork a chain
    CONSTRAINT audit_entry_chain_seq_key UNIQUE (chain_key, seq)
);

CREATE INDEX audit_entry_entity_idx ON audit_entry (chain_key, entity_type, entity_id);

-- Append only: the application's own account cannot change or remove an entry.
CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit entries are append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
