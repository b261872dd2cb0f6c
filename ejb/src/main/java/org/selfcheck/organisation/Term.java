package org.selfcheck.organisation;

import java.time.LocalDate;

/**
 * A person holding a role from {@code start} to {@code end}, both included (see {@link TermDays}): the end is the
 * last day in office, as people write it, so a successor appointed on a day holds the role that day and his
 * predecessor's last day is the day before.
 *
 * @param id            null for a term not yet stored
 * @param category      the group category (group members only)
 * @param certificateNo the registered safety engineer's certificate number
 * @param end           the last day the person holds the role; null while open. The day before {@code start}
 *                      only for a term replaced on its first day, which holds no day
 */
public record Term(Long id, long personId, OrgRole role, GroupCategory category, String certificateNo,
                   LocalDate start, LocalDate end, String note) {

    public boolean activeOn(LocalDate date) {
        return TermDays.holdsOn(start, end, date);
    }

    /** Whether this term shares a day with the days from {@code from} to {@code to}, both included (null: open). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return TermDays.overlaps(start, end, from, to);
    }

    /** Whether the term holds no day: it was replaced on its first day. */
    public boolean heldOnNoDay() {
        return TermDays.holdsNoDay(start, end);
    }

    /** This term with {@code lastDay} as its last day in office. */
    public Term endingOn(LocalDate lastDay) {
        return new Term(id, personId, role, category, certificateNo, start, lastDay, note);
    }

    /** This term ended by a successor whose first day is {@code successorStart}: its last day is the day before. */
    public Term endingBefore(LocalDate successorStart) {
        return endingOn(TermDays.lastDayBefore(successorStart));
    }
}
