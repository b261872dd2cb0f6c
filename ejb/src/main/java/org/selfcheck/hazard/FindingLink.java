package org.selfcheck.hazard;

import java.time.Instant;
import java.util.Objects;

/**
 * A bureau finding bound to one of the company's hazards, for ever: same 判定标准 item and location
 * ({@link #binds}), or matched to it by the spot-check judgment.
 *
 * @param foundAt       when the inspection that made the finding began
 * @param recordedAfter the hazard was recorded at or after {@code foundAt}: it is not self-found (非自查发现)
 */
public record FindingLink(long hazardId, long findingId, long inspectionId, Instant foundAt, boolean recordedAfter) {

    public FindingLink {
        Objects.requireNonNull(foundAt, "foundAt");
    }

    /** Whether a finding of {@code findingItemId} at {@code findingLocation} is the hazard of this item and location. */
    public static boolean binds(Long hazardItemId, String hazardLocation, long findingItemId, String findingLocation) {
        return hazardItemId != null && hazardItemId == findingItemId && Locations.same(hazardLocation, findingLocation);
    }

    /** The link of a finding to a hazard recorded at {@code hazardRecordedAt}. */
    public static FindingLink of(long hazardId, Instant hazardRecordedAt, long findingId, long inspectionId, Instant foundAt) {
        return new FindingLink(hazardId, findingId, inspectionId, foundAt, !hazardRecordedAt.isBefore(foundAt));
    }
}
