package org.selfcheck.company;

import java.time.Instant;

/**
 * A request to move a company's production site to another region, and how the competent bureau decided it.
 *
 * @param fromRegion the site's region when it was asked (the jurisdiction that decides)
 * @param state      PENDING, APPROVED, REJECTED or WITHDRAWN
 */
public record RegionChange(long id, String creditCode, String companyName, String fromRegion, String toRegion,
                           String reason, Instant requestedAt, String requestedBy, String state, Instant decidedAt,
                           String decidedBy, String decisionNote) {

    public static final String PENDING = "PENDING";
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";
    public static final String WITHDRAWN = "WITHDRAWN";

    public boolean pending() {
        return PENDING.equals(state);
    }
}
