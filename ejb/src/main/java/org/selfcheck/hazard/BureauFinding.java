package org.selfcheck.hazard;

import java.time.Instant;

/**
 * A bureau inspection's finding as the hazard register binds it: its item, location and the inspection's start.
 *
 * @param matchedHazardId the hazard the spot-check judgment matched it to; null when none
 */
public record BureauFinding(long findingId, long inspectionId, long itemId, String location, Instant startedAt,
                            Long matchedHazardId) {

    /** Whether this finding is the hazard: matched to it, or of its item and location ({@link FindingLink#binds}). */
    public boolean binds(HazardRecord h) {
        return (matchedHazardId != null && matchedHazardId == h.id()) || FindingLink.binds(h.itemId(), h.location(), itemId, location);
    }

    public FindingLink linkTo(HazardRecord h) {
        return FindingLink.of(h.id(), h.createdAt(), findingId, inspectionId, startedAt);
    }
}
