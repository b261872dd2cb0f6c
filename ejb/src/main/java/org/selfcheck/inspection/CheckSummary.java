package org.selfcheck.inspection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A check as lists show it.
 *
 * @param principalName          the principal on the check date, null if none was recorded
 * @param principalConfirmedAt   when the principal confirmed his own attendance (R5), null if he has not
 * @param items                  checklist items; {@code recorded} of them have a result
 */
public record CheckSummary(long id, LocalDate date, String quarter, String scope, SafetyCheck.Status status,
                           String principalName, Instant principalConfirmedAt, String principalConfirmedBy,
                           int participants, int items, int recorded, int hazards, Instant createdAt, String createdBy,
                           Instant completedAt, String completedBy, long version) {
}
