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
     * Whether a term's days, from {@code start} to {@code end} both included (null: open), as terms are kept,
     * share a day with this period. A term replaced on its first day (ending the day before it starts) holds
     * no day and shares none.
     */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return !start.isAfter(to) && (end == null || !end.isBefore(from) && !end.isBefore(start));
    }
}
