package org.selfcheck.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A direct connection to the PostgreSQL that bin/test started, with the application's own account. */
final class Database {

    private Database() {
    }

    static Connection connect() throws SQLException {
        String url = System.getenv("SELFCHECK_DB_URL");
        if (url == null) {
            throw new IllegalStateException("SELFCHECK_DB_URL is not set: run the tests with wildfly-config/bin/test");
        }
        return DriverManager.getConnection(url, System.getenv().getOrDefault("SELFCHECK_DB_USER", "selfcheck"),
                System.getenv("SELFCHECK_DB_PASSWORD"));
    }
}
