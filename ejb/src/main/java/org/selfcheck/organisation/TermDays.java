package org.selfcheck.organisation;

import java.time.LocalDate;

/**
 * The one rule for the dates of terms and reasons: they run from the start date to the end date, both
 * included, as people write them (the end date is the last day in office); a null end is open. A successor's
 * first day is the day after his predecessor's last, so a term replaced on its own first day ends the day
 * before it started and holds no day at all; it stays as history.
 */
final class TermDays {

    private TermDays() {
    }

    /** Whether {@code day} is one of the days from {@code start} to {@code end}. */
    static boolean holdsOn(LocalDate start, LocalDate end, LocalDate day) {
        return !start.isAfter(day) && (end == null || !end.isBefore(day));
    }

    /** Whether the span holds no day: it was replaced on its first day. */
    static boolean holdsNoDay(LocalDate start, LocalDate end) {
        return end != null && end.isBefore(start);
    }

    /** Whether the span shares a day with the days from {@code from} to {@code to} (null: open), both included. */
    static boolean overlaps(LocalDate start, LocalDate end, LocalDate from, LocalDate to) {
        return !holdsNoDay(start, end) && (end == null || !end.isBefore(from)) && (to == null || !start.isAfter(to));
    }

    /** The last day of a span that a successor's starting on {@code successorStart} ends. */
    static LocalDate lastDayBefore(LocalDate successorStart) {
        return successorStart.minusDays(1);
    }
}
