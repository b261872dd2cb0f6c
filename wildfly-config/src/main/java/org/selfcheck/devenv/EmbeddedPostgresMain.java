package org.selfcheck.devenv;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/**
 * Runs a real PostgreSQL (zonky's binaries from Maven Central) for the run and test commands, until the
 * process is terminated. The data directory is reused when it already holds a cluster, so the portal's
 * data survives between runs; {@code --ephemeral} trades durability for speed in throw-away test runs.
 *
 * <pre>java -cp ... org.selfcheck.devenv.EmbeddedPostgresMain --data DIR --port 15432 [--ephemeral] [--track-statements] [--also-database NAME]</pre>
 *
 * The application database and role come from SELFCHECK_DB_NAME, SELFCHECK_DB_USER and
 * SELFCHECK_DB_PASSWORD and are created when missing.
 */
public final class EmbeddedPostgresMain {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresMain.class.getName());

    private EmbeddedPostgresMain() {
    }

    public static void main(String[] args) throws IOException, SQLException, InterruptedException {
        Path dataDirectory = Path.of(option(args, "--data", null)).toAbsolutePath();
        int port = Integer.parseInt(option(args, "--port", "15432"));
        boolean ephemeral = java.util.Arrays.asList(args).contains("--ephemeral");
        // --track-statements: pg_stat_statements loaded, for the benchmarks' limit of the SQL the portal runs
        boolean trackStatements = java.util.Arrays.asList(args).contains("--track-statements");

        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB");
        if (ephemeral) {
            builder.setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
        }
        if (trackStatements) {
            // planning too: the limit is what PostgreSQL spends on a statement, not only its execution
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track_planning", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                LOG.severe("PostgreSQL did not stop cleanly: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "postgres-stop"));

        String user = env("SELFCHECK_DB_USER", "selfcheck");
        String password = env("SELFCHECK_DB_PASSWORD", "selfcheck");
        ensureDatabase(postgres, env("SELFCHECK_DB_NAME", "selfcheck"), user, password);
        if (trackStatements) {
            trackStatements(postgres, env("SELFCHECK_DB_NAME", "selfcheck"), user);
        }
        // --also-database NAME: another empty database of the same owner (a test that needs a portal of its own)
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--also-database")) {
                ensureDatabase(postgres, args[i + 1], user, password);
            }
        }
        LOG.info(() -> "PostgreSQL ready on 127.0.0.1:" + port + ", data in " + dataDirectory);
        stopped.await();
    }

    private static void ensureDatabase(EmbeddedPostgres postgres, String database, String user, String password)
            throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", user)) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE ROLE " + identifier(user) + " LOGIN PASSWORD " + literal(password));
                }
            } else {
                try (Statement s = c.createStatement()) {
                    s.execute("ALTER ROLE " + identifier(user) + " PASSWORD " + literal(password));
                }
            }
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + identifier(database) + " OWNER " + identifier(user)
                            + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        }
    }

    /** The statistics in the database, readable and resettable by its owner (who is no superuser). */
    private static void trackStatements(EmbeddedPostgres postgres, String database, String user) throws SQLException {
        try (Connection c = postgres.getDatabase("postgres", database).getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            s.execute("GRANT pg_read_all_stats TO " + identifier(user));
            s.execute("GRANT EXECUTE ON FUNCTION pg_stat_statements_reset(oid, oid, bigint, boolean) TO " + identifier(user));
        }
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            return ps.executeQuery().next();
        }
    }

    private static String identifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain PostgreSQL identifier: " + name);
        }
        return name;
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        if (fallback == null) {
            throw new IllegalArgumentException("missing option " + name);
        }
        return fallback;
    }
}
