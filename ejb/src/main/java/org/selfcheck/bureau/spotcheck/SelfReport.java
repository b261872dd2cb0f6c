package org.selfcheck.bureau.spotcheck;

import org.selfcheck.hazard.HazardSource;
import org.selfcheck.hazard.HazardState;
import org.selfcheck.hazard.RemediationPlan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A company's own hazard, as the matching needs it.
 *
 * @param itemId     the catalogue item it was judged against; null when none (it then matches no finding)
 * @param recordedAt when the company recorded it: only a hazard recorded before the inspection can match
 * @param receiptAt  the bureau's first receipt of a filing of it; null when never filed
 * @param plan       the remediation plan; null is taken as {@link RemediationPlan#EMPTY}
 * @param deadline   the deadline in force (approved extensions included); null when none
 * @param bureauFoundAt the start of an earlier inspection whose finding is bound to this hazard; null when none
 */
public record SelfReport(long hazardId, Long itemId, String location, HazardSource source, LocalDate foundOn,
                         Instant recordedAt, Instant receiptAt, RemediationPlan plan, HazardState state,
                         LocalDate deadline, Instant bureauFoundAt) {

    public SelfReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(state, "state");
        if (plan == null) {
            plan = RemediationPlan.EMPTY;
        }
    }
}
