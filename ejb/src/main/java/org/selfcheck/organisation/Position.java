package org.selfcheck.organisation;

import java.time.LocalDate;

/**
 * A term with the person who holds it: what pages and the API show.
 *
 * @param end the last day in office, included (null while open); see {@link Term}
 */
public record Position(long termId, PersonDetails person, OrgRole role, GroupCategory category, String certificateNo,
                       LocalDate start, LocalDate end, String note) {

    /** Whether the term held no day: a successor replaced it on its first day. */
    public boolean heldOnNoDay() {
        return TermDays.holdsNoDay(start, end);
    }
}
