package org.selfcheck.hazard;

import java.time.Instant;
import java.util.Objects;

/**
 * What a hazard held from one moment on ({@code hazard_history}): its state, location and plan (五落实 with the plan's
 * deadline; extensions count from their own decision, {@link HazardExtension#inForceAt}).
 */
public record HazardVersion(long hazardId, Instant validFrom, HazardState state, String location, RemediationPlan plan) {

    public HazardVersion {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(state, "state");
        if (plan == null) {
            plan = RemediationPlan.EMPTY;
        }
    }
}
