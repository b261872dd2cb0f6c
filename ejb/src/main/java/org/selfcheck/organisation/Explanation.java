package org.selfcheck.organisation;

import java.time.LocalDate;

/**
 * Why the group lacks one of the named categories (no union, engineer contracted from a firm, ...), valid
 * from {@code start} until the day before {@code end}.
 */
public record Explanation(Long id, GroupCategory category, String reason, LocalDate start, LocalDate end) {

    public boolean activeOn(LocalDate date) {
        return !start.isAfter(date) && (end == null || end.isAfter(date));
    }
}
