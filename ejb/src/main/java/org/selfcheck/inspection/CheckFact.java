package org.selfcheck.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the {@link ComplianceCalendar} (and the bureau's summaries) need to know of one check, and nothing more, so
 * that the calendar can be worked out without loading members, checklists or findings. Whether it counts is the
 * business of {@link InTime}.
 *
 * @param date                 the day of the check in China; it decides the quarter the check counts for
 * @param completedAt          when the check was completed and locked, null while it is not: only a check completed
 *                             by its quarter's end satisfies R3; a planned or half-recorded one proves nothing
 * @param principalConfirmedAt when the principal confirmed, himself, that he took part (R5), null if he has not; a
 *                             member's word for it is not enough
 */
public record CheckFact(LocalDate date, Instant completedAt, Instant principalConfirmedAt) {

    public CheckFact {
        Objects.requireNonNull(date, "date");
    }

    public boolean completed() {
        return completedAt != null;
    }

    /** R3: completed by the end of its quarter, so it covers the quarter. */
    public boolean coversQuarter() {
        return InTime.covers(date, completedAt);
    }

    /** R3: completed only after its quarter ended (逾期补录): kept, covers nothing. */
    public boolean completedLate() {
        return InTime.completedLate(date, completedAt);
    }

    /** Whether the check proves the principal's attendance (R5): confirmed by him, on a completed check, within the year. */
    public boolean attendedByPrincipal() {
        return InTime.attends(date, completedAt, principalConfirmedAt);
    }

    /** R5: completed and confirmed by the principal, but too late for its year (逾期补录). */
    public boolean attendanceLate() {
        return InTime.attendanceLate(date, completedAt, principalConfirmedAt);
    }
}
