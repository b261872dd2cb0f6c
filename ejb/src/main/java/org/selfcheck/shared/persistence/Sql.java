package org.selfcheck.shared.persistence;

import java.sql.SQLException;

/** PostgreSQL error codes the services react to. */
public final class Sql {

    private static final String UNIQUE_VIOLATION = "23505";

    private Sql() {
    }

    /** Whether a failure was caused by a unique constraint (another node or user inserted first). */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
