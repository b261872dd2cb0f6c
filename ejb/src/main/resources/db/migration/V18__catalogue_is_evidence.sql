-- The judgment standards as they were: a revision and its items are only ever inserted (a change of the standards is
-- a new revision), which is what the checks and hazards that cite them rest on, and what every node's cache of
-- items (CatalogueItemCache) relies on. V11's append_only() refuses the rest.
CREATE TRIGGER catalogue_revision_append_only BEFORE UPDATE OR DELETE ON catalogue_revision
    FOR EACH ROW EXECUTE FUNCTION append_only();
CREATE TRIGGER catalogue_revision_no_truncate BEFORE TRUNCATE ON catalogue_revision
    FOR EACH STATEMENT EXECUTE FUNCTION append_only();
CREATE TRIGGER catalogue_item_append_only BEFORE UPDATE OR DELETE ON catalogue_item
    FOR EACH ROW EXECUTE FUNCTION append_only();
CREATE TRIGGER catalogue_item_no_truncate BEFORE TRUNCATE ON catalogue_item
    FOR EACH STATEMENT EXECUTE FUNCTION append_only();
