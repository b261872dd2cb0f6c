package org.selfcheck.shared.persistence;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** PostgreSQL error codes the services react to, and values of native query results. */
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

    /** A {@code timestamptz} column of a native query result, whichever type the driver chose for it. */
    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /** A {@code date} column of a native query result, whichever type the driver chose for it. */
    public static java.time.LocalDate localDate(Object value) {
        if (value == null || value instanceof java.time.LocalDate) {
            return (java.time.LocalDate) value;
        }
        return ((java.sql.Date) value).toLocalDate();
    }

    /** Ids as a PostgreSQL array literal, for {@code = ANY (CAST(? AS bigint[]))}: one parameter, however many ids. */
    public static String bigintArray(java.util.Collection<?> ids) {
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }
}
