-- The names of GB/T 2260's divisions, loaded at start-up from the data package bundled with the portal (module
-- region-data, org.selfcheck.region.RegionDatasetLoader). A division's code is the prefix a bureau's jurisdiction
-- is written in: 2 digits a province, 4 a prefecture, 6 a county, so one table names sites and jurisdictions alike.
CREATE TABLE region_dataset (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    package     varchar(100) NOT NULL,
    version     varchar(40)  NOT NULL,
    sha512      char(128)    NOT NULL,
    divisions   integer      NOT NULL CHECK (divisions > 0),
    loaded_at   timestamptz  NOT NULL,
    UNIQUE (package, version)
);

-- A division keeps the newest dataset that lists it: one that a later dataset no longer lists is abolished, still
-- named wherever an older record shows its code, and no longer offered in a picker.
CREATE TABLE region (
    code        varchar(6)   PRIMARY KEY CHECK (code ~ '^[0-9]{2}([0-9]{2}){0,2}$'),
    name        varchar(100) NOT NULL CHECK (length(btrim(name)) > 0),
    parent_code varchar(6)   REFERENCES region (code)
                             CHECK ((length(code) = 2) = (parent_code IS NULL)),
    dataset_id  bigint       NOT NULL REFERENCES region_dataset (id)
);
CREATE INDEX region_parent ON region (parent_code);
