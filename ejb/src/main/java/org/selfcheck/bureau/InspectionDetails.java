package org.selfcheck.bureau;

import jakarta.json.JsonObject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded bureau inspection with the judgment of each finding. The outcomes are recommendations the officer
 * confirms, never a penalty decision by themselves.
 *
 * @param standing the company's cap and count for the inspection's year, this inspection included
 */
public record InspectionDetails(long id, String creditCode, String companyName, String regionCode, LocalDate date, InspectionType type,
                                boolean counted, String officers, String exemptionReason, Instant recordedAt,
                                String recordedBy, Instant confirmedAt, String confirmedBy, InspectionCaps.Standing standing,
                                List<FindingView> findings) {

    /**
     * One finding and its judgment.
     *
     * @param judgment the outcome as judged when recorded: R6 conditions at the inspection, the matched self-report
     *                 with its receipt, plan and state, and the 责任倒查 list
     */
    public record FindingView(int position, long itemId, String itemReference, String location, String description,
                              String outcome, String reason, Long matchedHazardId, JsonObject judgment) {
    }
}
