package org.selfcheck.hazard;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A hazard as it stood just before an instant (a spot check's start), for judging R6 as at that moment.
 *
 * @param hazard        the hazard as recorded now: what never changes (item, source, when recorded) is read from it
 * @param version       what it held before the instant; null when it was recorded at or after it
 * @param deadline      the deadline in force before the instant: the plan's then, or the last extension decided before it
 * @param receiptAt     the bureau's first receipt of a filing of it; null when none
 * @param bureauFoundAt the first bureau finding bound to it that began before the instant; null when none
 */
public record HazardAsOf(HazardRecord hazard, HazardVersion version, LocalDate deadline, Instant receiptAt,
                         Instant bureauFoundAt) {

    /** Whether the company had recorded it before the instant. */
    public boolean recordedBefore() {
        return version != null;
    }
}
