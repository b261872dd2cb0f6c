package org.selfcheck.bench.data;

import org.flywaydb.core.Flyway;
import org.postgresql.copy.CopyIn;
import org.selfcheck.filing.BureauEntry;
import org.selfcheck.filing.FilingKind;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a {@link ProvinceData} into a PostgreSQL database: migrates it with the portal's own Flyway migrations (the
 * selfcheck-ejb jar's {@code db/migration}, so an empty database works), refuses a database that holds companies
 * already, seeds the catalogue and the bureau directory where they are missing, copies the tables in their
 * {@linkplain Table#passes() passes} (each table of a pass by a COPY on a connection of its own, streamed as it is
 * generated: COPY fires the tables' row triggers, so {@code hazard_history} gets the version each hazard is loaded
 * with), moves the identity sequences past the loaded ids, writes the overview's summaries with the portal's own
 * functions and analyzes. Every phase is timed.
 */
final class ProvinceLoader {

    /** Where the bundled intake of a portal on this machine listens (the directory's default). */
    static final String DEFAULT_INTAKE = "http://localhost:8080/api/intake/filings";

    /** What a load did: the data it generated, the rows of each table, the seconds of each phase, the highest heap in use. */
    record Result(ProvinceData data, Map<String, Long> rows, Map<String, Double> seconds, double totalSeconds, long heapPeakBytes,
                  long heapMaxBytes, Map<String, Integer> summaries) {
    }

    /** Thrown when the database holds companies already: a load is for an empty province. */
    static final class NotEmpty extends RuntimeException {
        NotEmpty(long companies) {
            super("the database holds " + companies + " companies already: load into an empty (or only migrated) "
                    + "database, e.g. a new one made with CREATE DATABASE");
        }
    }

    private final String url, user, password;

    ProvinceLoader(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    Result load(long seed, int companies, LocalDate asOf, String intakeUrl, boolean milestones) throws SQLException {
        Map<String, Double> seconds = new LinkedHashMap<>();
        long start = System.nanoTime();
        long phase = start;
        Flyway.configure(ProvinceLoader.class.getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration").load().migrate();
        phase = lap(seconds, "migrate", phase);
        ProvinceData data;
        Map<String, Integer> summaries;
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection connection = connect()) {
            LoadRepository db = new LoadRepository(connection);
            long existing = db.companies();
            if (existing > 0) {
                throw new NotEmpty(existing);
            }
            // the catalogue and the directory are dated before the generated companies, like a portal set up first
            var setUp = asOf.minusYears(3).atStartOfDay(CompanyGenerator.ZONE).toInstant();
            Catalogue catalogue = db.catalogue(setUp);
            Set<FilingKind> wants = milestones ? Set.of(FilingKind.values()) : Set.of(FilingKind.REPORT, FilingKind.HAZARD);
            List<BureauEntry> directory = db.directory(ProvinceData.plannedDirectory(intakeUrl,
                    intakeUrl.replaceAll("/filings/?$", "") + "/keys", wants), setUp);
            data = new ProvinceData(seed, companies, asOf, catalogue, directory);
            phase = lap(seconds, "catalogue and directory", phase);
            long lastReceipt = 0;
            for (List<Table> pass : Table.passes()) {
                lastReceipt = Math.max(lastReceipt, copy(data, pass));
                phase = lap(seconds, "copy " + String.join(", ", pass.stream().map(Table::table).toList()), phase);
            }
            db.sequences(lastReceipt);
            phase = lap(seconds, "sequences", phase);
            summaries = db.summaries();
            phase = lap(seconds, "summaries", phase);
            db.analyze();
            phase = lap(seconds, "analyze", phase);
            for (Table t : Table.values()) {
                rows.put(t.table(), db.count(t.table()));
            }
            for (String t : List.of("company_quarter", "company_hazards", "bureau", "catalogue_item")) {
                rows.put(t, db.count(t));
            }
        }
        double total = (phase - start) / 1e9;
        return new Result(data, rows, seconds, total, heapPeak(), Runtime.getRuntime().maxMemory(), summaries);
    }

    /** One pass: its tables' COPYs at once, one connection each; the receipts' last number. */
    private long copy(ProvinceData data, List<Table> pass) throws SQLException {
        List<Connection> connections = new ArrayList<>();
        List<CopyIn> copies = new ArrayList<>();
        List<CopyRows> outs = new ArrayList<>();
        try {
            for (Table t : pass) {
                Connection c = connect();
                connections.add(c);
                CopyIn copy = new LoadRepository(c).copy(t);
                copies.add(copy);
                outs.add(new CopyRows((bytes, length) -> {
                    try {
                        copy.writeToCopy(bytes, 0, length);
                    } catch (SQLException e) {
                        throw new CopyFailed(t, e);
                    }
                }));
            }
            CompanyGenerator.Ids ids;
            try {
                ids = data.write(pass, outs);
            } catch (CopyFailed e) {
                throw e.getCause();
            }
            for (int i = 0; i < pass.size(); i++) {
                try {
                    outs.get(i).close();
                } catch (CopyFailed e) {
                    throw e.getCause();
                }
                copies.get(i).endCopy();
            }
            return ids.receipt;
        } finally {
            for (int i = 0; i < copies.size(); i++) {
                if (copies.get(i).isActive()) {
                    try {
                        copies.get(i).cancelCopy();
                    } catch (SQLException ignored) {
                        // the connection is closed below; the COPY's error is the one thrown
                    }
                }
            }
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    /** A COPY that PostgreSQL refused (a constraint, a trigger): carries the cause out of the generator's loop. */
    private static final class CopyFailed extends RuntimeException {
        CopyFailed(Table table, SQLException cause) {
            super("COPY " + table.table() + " failed", cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static long lap(Map<String, Double> seconds, String name, long since) {
        long now = System.nanoTime();
        seconds.put(name, Math.round((now - since) / 1e7) / 100.0);
        return now;
    }

    /** The highest heap in use so far: the sum of the heap pools' peaks (the JVM keeps them). */
    static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
