package org.selfcheck.inspection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the {@link ComplianceCalendar} needs to know of one check, and nothing more, so that the calendar can
 * be worked out without loading members, checklists or findings.
 *
 * @param date               the day of the check in China; it decides the quarter the check counts for
 * @param completed          whether the check was completed and locked: only such a check satisfies R3 and R5,
 *                           a planned or half-recorded one proves nothing
 * @param principalConfirmed whether the principal confirmed, himself, that he took part (R5); a member's
 *                           word for it is not enough
 */
public record CheckFact(LocalDate date, boolean completed, boolean principalConfirmed) {

    public CheckFact {
        Objects.requireNonNull(date, "date");
    }

    /** Whether the check proves the principal's attendance (R5): confirmed by him, on a check that counts. */
    public boolean attendedByPrincipal() {
        return completed && principalConfirmed;
    }
}
