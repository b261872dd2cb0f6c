package org.selfcheck.inspection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A check as lists show it.
 *
 * @param principalName          the principal on the check date, null if none was recorded
 * @param principalConfirmedAt   when the principal confirmed his own attendance (R5), null if he has not
 * @param items                  checklist items; {@code recorded} of them have a result
 * @param lateEntry              completed only after its quarter ended (逾期补录, {@link InTime#completedLate}): kept,
 *                               but it does not cover the quarter
 * @param lateConfirmation       the principal confirmed only after the check's year ended ({@link InTime#confirmedLate}):
 *                               kept, but it does not count for the year
 */
public record CheckSummary(long id, LocalDate date, String quarter, String scope, SafetyCheck.Status status,
                           String principalName, Instant principalConfirmedAt, String principalConfirmedBy,
                           int participants, int items, int recorded, int hazards, Instant createdAt, String createdBy,
                           Instant completedAt, String completedBy, boolean lateEntry, boolean lateConfirmation,
                           long version) {

    /** What the rules of R3 and R5 need of the check. */
    public CheckFact toFact() {
        return new CheckFact(date, completedAt, principalConfirmedAt);
    }
}
