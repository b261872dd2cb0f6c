package org.selfcheck.api;

import org.selfcheck.shared.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads typed values from request fields sent as JSON strings, so that a malformed date or an unknown
 * choice is answered with the field and a clear message rather than a generic parse error.
 */
public final class RequestFields {

    private RequestFields() {
    }

    /** An ISO date (yyyy-MM-dd), null when absent. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "date.format", value);
        }
    }

    /** A time of day (HH:mm or HH:mm:ss), null when absent. */
    public static java.time.LocalTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "time.format", value);
        }
    }

    /** A constant of {@code type} by name, null when absent. */
    public static <E extends Enum<E>> E choice(String field, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "choice.unknown", value);
        }
    }

    /** The earliest and latest year a request may name: records of the portal begin in 2000, none is planned past 2100. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    /**
     * A year of the calendar, {@code current} when absent. A year outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}
     * ({@code year=-1}) is a 400 naming the field: neither the dates built from it nor PostgreSQL accept it.
     */
    public static int year(String field, Integer value, int current) {
        if (value == null) {
            return current;
        }
        if (value < FIRST_YEAR || value > LAST_YEAR) {
            throw InvalidInputException.of(field, "year.range", String.valueOf(value), String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR));
        }
        return value;
    }

    /** A paging value ({@code first}, {@code max}): negative is a 400 naming the field, not an SQL error. */
    public static int nonNegative(String field, int value) {
        if (value < 0) {
            throw InvalidInputException.of(field, "number.negative", String.valueOf(value));
        }
        return value;
    }

    /** A required id. */
    public static long id(String field, Long value) {
        if (value == null) {
            throw InvalidInputException.of(field, "id.required");
        }
        return value;
    }

    /** A request without a body is refused before anything else. */
    public static <T> T body(T request) {
        if (request == null) {
            throw InvalidInputException.of("body", "body.required");
        }
        return request;
    }

    /** A UUID path or body field (a filing id); anything else is a 400 naming the field. */
    public static java.util.UUID uuid(String field, String value) {
        try {
            if (value != null && value.length() == 36) {
                return java.util.UUID.fromString(value);
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw InvalidInputException.of(field, "filing.id.format", String.valueOf(value));
    }
}
