package org.selfcheck.bench.data;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.selfcheck.catalogue.Applicability;
import org.selfcheck.catalogue.ItemLine;
import org.selfcheck.filing.BureauEntry;
import org.selfcheck.filing.FilingKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SQL of a load, on one connection: what is there already, the catalogue and the bureau directory (inserted as the
 * portal inserts them, where missing), the COPY of a table, the sequences, the summaries, the statistics.
 */
final class LoadRepository {

    /** The tables whose ids the load sets explicitly: their identity sequences must continue after the loaded ids. */
    private static final List<String> IDENTITIES = List.of("company", "person", "org_term", "composition_explanation",
            "safety_check", "check_result", "hazard", "hazard_extension", "hazard_update", "quarterly_report");

    private final Connection connection;

    LoadRepository(Connection connection) {
        this.connection = connection;
    }

    long companies() throws SQLException {
        return count("company");
    }

    long count(String table) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * The current catalogue revisions with their items; an empty catalogue is seeded first, as CatalogueRepository.seed
     * does at the portal's start-up (revision 1 of each standard, source SEED, the file name as its note), so that the
     * portal finds it seeded and skips it.
     */
    Catalogue catalogue(Instant now) throws SQLException {
        if (count("catalogue_revision") == 0) {
            for (Catalogue.Seed seed : Catalogue.seeds()) {
                long revision;
                try (PreparedStatement p = connection.prepareStatement("""
                        INSERT INTO catalogue_revision (standard_code, revision, title, issuer, effective, scope, source,
                                                        note, created_at, created_by)
                        VALUES (?, 1, ?, ?, ?, ?, 'SEED', ?, ?, 'system') RETURNING id""")) {
                    p.setString(1, seed.file().code());
                    p.setString(2, seed.file().title());
                    p.setString(3, seed.file().issuer());
                    p.setObject(4, seed.file().effective());
                    p.setString(5, seed.file().scope().toString());
                    p.setString(6, seed.resource());
                    p.setTimestamp(7, Timestamp.from(now));
                    try (ResultSet r = p.executeQuery()) {
                        r.next();
                        revision = r.getLong(1);
                    }
                }
                try (PreparedStatement p = connection.prepareStatement("""
                        INSERT INTO catalogue_item (revision_id, ordinal, article, subject, item_no, status, text, note,
                                                    applicability) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                    for (ItemLine line : seed.file().items()) {
                        p.setLong(1, revision);
                        p.setInt(2, line.ordinal());
                        p.setString(3, line.article());
                        p.setString(4, line.subject());
                        p.setString(5, line.itemNo());
                        p.setString(6, line.status().name());
                        p.setString(7, line.text());
                        p.setString(8, line.note());
                        p.setString(9, line.applicability().toString());
                        p.addBatch();
                    }
                    p.executeBatch();
                }
            }
        }
        List<Catalogue.Item> items = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("""
                SELECT i.id, i.revision_id, r.standard_code, i.ordinal, i.article, i.subject, i.item_no, i.text,
                       i.applicability, r.scope
                  FROM catalogue_item i JOIN catalogue_revision r ON r.id = i.revision_id
                 WHERE r.revision = (SELECT max(r2.revision) FROM catalogue_revision r2 WHERE r2.standard_code = r.standard_code)
                 ORDER BY r.standard_code, i.ordinal""")) {
            while (r.next()) {
                items.add(new Catalogue.Item(r.getLong("id"), r.getLong("revision_id"), r.getString("standard_code"),
                        r.getInt("ordinal"), r.getString("article"), r.getString("subject"), r.getString("item_no"),
                        r.getString("text"), Applicability.parse(r.getString("applicability")),
                        Applicability.parse(r.getString("scope"))));
            }
        }
        return new Catalogue(items);
    }

    /**
     * The bureau directory, after adding the bureaus of the planned directory whose jurisdictions it lacks (a bureau the
     * directory holds already stays as it is, wants included).
     */
    List<BureauEntry> directory(List<BureauEntry> planned, Instant now) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("""
                INSERT INTO bureau (name, jurisdiction, intake_url, receipt_keys_url, transport, wants, active, created_at,
                                    created_by, updated_at, updated_by)
                VALUES (?, ?, ?, ?, 'HTTP', ?, true, ?, 'admin', ?, 'admin') ON CONFLICT (jurisdiction) DO NOTHING""")) {
            for (BureauEntry b : planned) {
                p.setString(1, b.name());
                p.setString(2, b.jurisdiction());
                p.setString(3, b.intakeUrl());
                p.setString(4, b.receiptKeysUrl());
                // Bureau's own spelling: kinds by name, sorted, comma-separated
                p.setString(5, b.wants().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
                p.setTimestamp(6, Timestamp.from(now));
                p.setTimestamp(7, Timestamp.from(now));
                p.addBatch();
            }
            p.executeBatch();
        }
        List<BureauEntry> directory = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("""
                SELECT id, name, jurisdiction, intake_url, receipt_keys_url, transport, contact, wants, active, version
                  FROM bureau ORDER BY id""")) {
            while (r.next()) {
                Set<FilingKind> wants = EnumSet.noneOf(FilingKind.class);
                Arrays.stream(r.getString("wants").split(",")).filter(w -> !w.isBlank()).map(FilingKind::valueOf)
                        .forEach(wants::add);
                directory.add(new BureauEntry(r.getLong("id"), r.getString("name"), r.getString("jurisdiction"),
                        r.getString("intake_url"), r.getString("receipt_keys_url"), r.getString("transport"),
                        r.getString("contact"), wants, r.getBoolean("active"), r.getLong("version")));
            }
        }
        return directory;
    }

    /** A COPY of the table on this connection; the rows written to it are committed when it ends. */
    CopyIn copy(Table table) throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(table.copy());
    }

    /** Every identity sequence continues after the highest id loaded, and the receipts' numbers after the last one. */
    void sequences(long lastReceipt) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String table : IDENTITIES) {
                s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), GREATEST(max(id), 1), max(id) IS NOT NULL)"
                        + " FROM " + table);
            }
            if (lastReceipt > 0) {
                s.execute("SELECT setval('intake_receipt_seq', GREATEST(" + lastReceipt + ", (SELECT last_value FROM intake_receipt_seq)))");
            }
        }
    }

    /**
     * The overview's summaries for every company, by the functions OverviewStats calls for one (migration V17): the
     * quarters' flags from every completed check, decided by the SQL counterparts of InTime (V13); the reports' first
     * receipts; the hazard counts of every company that has hazards or a completed check (OverviewStats recounts on
     * each hazard change and each completion). The rows are those the portal would have kept, change after change.
     */
    Map<String, Integer> summaries() throws SQLException {
        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put("mark_company_quarters", single("""
                SELECT mark_company_quarters(array_agg(company_id), array_agg(quarter), array_agg(done), array_agg(late),
                                             array_agg(attended))
                  FROM (SELECT company_id, to_char(check_date, 'YYYY"Q"Q') AS quarter,
                               bool_or(check_covers_quarter(check_date, completed_at)) AS done,
                               bool_or(NOT check_covers_quarter(check_date, completed_at)) AS late,
                               bool_or(principal_attendance_counts(check_date, completed_at, principal_confirmed_at)) AS attended
                          FROM safety_check WHERE status = 'COMPLETED' GROUP BY 1, 2) q"""));
        rows.put("receive_company_reports", single("""
                SELECT receive_company_reports(array_agg(company_id), array_agg(quarter), array_agg(receipt))
                  FROM (SELECT f.company_id, r.quarter, min(f.receipt_at) AS receipt
                          FROM filing f JOIN quarterly_report r ON r.id = f.report_id
                         WHERE f.status = 'DELIVERED' GROUP BY 1, 2) q"""));
        rows.put("recount_company_hazards", single("""
                SELECT recount_company_hazards(array_agg(c.id)) FROM company c
                 WHERE EXISTS (SELECT 1 FROM hazard h WHERE h.company_id = c.id)
                    OR EXISTS (SELECT 1 FROM safety_check k WHERE k.company_id = c.id AND k.status = 'COMPLETED')"""));
        return rows;
    }

    void analyze() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("ANALYZE");
        }
    }

    private int single(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }
}
