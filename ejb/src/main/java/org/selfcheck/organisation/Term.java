package org.selfcheck.organisation;

import java.time.LocalDate;

/**
 * A person holding a role from {@code start} until the day before {@code end}: terms are half-open, so a
 * successor appointed on the day a term ends holds the role that day and the predecessor does not.
 *
 * @param id            null for a term not yet stored
 * @param category      the group category (group members only)
 * @param certificateNo the registered safety engineer's certificate number
 * @param end           the first day the person no longer holds the role; null while open
 */
public record Term(Long id, long personId, OrgRole role, GroupCategory category, String certificateNo,
                   LocalDate start, LocalDate end, String note) {

    public boolean activeOn(LocalDate date) {
        return !start.isAfter(date) && (end == null || end.isAfter(date));
    }

    /** Whether this term shares a day with the period from {@code from} to before {@code until} (null: open). */
    public boolean overlaps(LocalDate from, LocalDate until) {
        boolean endsAfterFrom = end == null || end.isAfter(from);
        boolean startsBeforeUntil = until == null || start.isBefore(until);
        return endsAfterFrom && startsBeforeUntil;
    }

    public Term endingOn(LocalDate date) {
        return new Term(id, personId, role, category, certificateNo, start, date, note);
    }
}
