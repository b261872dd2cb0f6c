package org.selfcheck.bureau.spotcheck;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Days from {@code from} to {@code to}, both included: the period in which the company should have found a
 * hazard (see {@link SpotCheckJudgment#period}).
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + ".." + to);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /**
     * Whether a half-open span, from {@code start} to before {@code end} (null: open), as terms are kept,
     * shares a day with this period. An empty span (ending on its first day) shares none.
     */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return !start.isAfter(to) && (end == null || end.isAfter(from) && end.isAfter(start));
    }
}
