package org.selfcheck.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.HdrHistogram.Histogram;

/**
 * Figure 2: the bureau's jurisdiction overview for a province's and a county's officer, default sort and each status
 * sort, and its charts, one request after the other (what one officer waits for). The limit is the time PostgreSQL
 * itself spent planning and executing the statements of the same requests, from {@code pg_stat_statements} (the
 * pollers' claims, {@code SKIP LOCKED}, left out), per request: what the portal adds on top of its SQL.
 */
final class Overview {

    /** The overview's orders a bureau officer picks (see OverviewQueries.SORTS); {@code null}: the default. */
    static final List<String> SORTS = java.util.Arrays.asList(null, "overdue", "open", "report", "check");

    private Overview() {
    }

    static List<Figure> measure(Portal portal, Keycloak keycloak, Connection db, String provinceOfficer, String countyOfficer,
                                BenchMain.Scale scale) throws Exception {
        List<Figure> figures = new ArrayList<>();
        for (String[] who : new String[][]{{"province", provinceOfficer}, {"county", countyOfficer}}) {
            FreshToken token = new FreshToken(keycloak, who[1]);
            for (String sort : SORTS) {
                String path = "/api/overview" + (sort == null ? "" : "?sort=" + sort);
                figures.add(time("Overview " + who[0] + (sort == null ? ", default sort" : ", sort " + sort), portal, db, token, path, scale));
            }
            figures.add(time("Overview charts " + who[0], portal, db, token, "/api/overview/charts", scale));
        }
        return figures;
    }

    private static Figure time(String name, Portal portal, Connection db, FreshToken token, String path, BenchMain.Scale scale)
            throws Exception {
        // unmeasured requests first: the JIT of the path (the overview is the first figure after a restart), plans
        // cached, pages in memory
        for (int i = 0; i < 10; i++) {
            expect200(portal.status(path, token.get()), path);
        }
        reset(db);
        Histogram latency = new Histogram(3);
        for (int i = 0; i < scale.overviewRepeats(); i++) {
            String bearer = token.get();
            long start = System.nanoTime();
            expect200(portal.status(path, bearer), path);
            latency.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
        }
        double sqlMillis = executionMillis(db) / scale.overviewRepeats();
        double p95 = latency.getValueAtPercentile(95) / 1000.0;
        return new Figure(name + " p95", p95, "ms", "its SQL in PostgreSQL, per request", sqlMillis, "≤ 150 ms and ≤ 1.5×",
                p95 <= 150 && p95 <= 1.5 * sqlMillis,
                new Figure.Latency(latency.getValueAtPercentile(50) / 1000.0, p95, latency.getValueAtPercentile(99) / 1000.0),
                String.format(Locale.ROOT, "p50 %.1f ms, %d requests", latency.getValueAtPercentile(50) / 1000.0, scale.overviewRepeats()));
    }

    private static void expect200(int status, String path) {
        if (status != 200) {
            throw new IllegalStateException("GET " + path + " answered " + status);
        }
    }

    private static void reset(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** The planning and execution time of the portal's statements since the reset (not this connection's own). */
    private static double executionMillis(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("""
                     SELECT COALESCE(sum(total_plan_time + total_exec_time), 0) FROM pg_stat_statements
                      WHERE query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE '%SKIP LOCKED%' AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database())""")) {
            r.next();
            return r.getDouble(1);
        }
    }
}
