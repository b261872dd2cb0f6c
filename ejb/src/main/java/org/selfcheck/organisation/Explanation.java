package org.selfcheck.organisation;

import java.time.LocalDate;

/**
 * Why the group lacks one of the named categories (no union, engineer contracted from a firm, ...), valid
 * from {@code start} to {@code end}, both included (see {@link TermDays}); {@code end} null while it holds.
 */
public record Explanation(Long id, GroupCategory category, String reason, LocalDate start, LocalDate end) {

    public boolean activeOn(LocalDate date) {
        return TermDays.holdsOn(start, end, date);
    }

    /** Whether this reason holds on a day from {@code from} on. */
    boolean holdsFrom(LocalDate from) {
        return TermDays.overlaps(start, end, from, null);
    }
}
