package org.selfcheck.bureau;

import java.time.LocalDate;
import java.util.List;

/**
 * A bureau inspection as an officer records it.
 *
 * @param time            when on that day the inspection began (China Standard Time); null: the start of the day, so
 *                        that only what was reported before that day counts
 * @param officers        the officers who inspected (names, as on the inspection record)
 * @param exemptionReason required when a planned inspection goes over the company's annual cap
 * @param findings        the major hazards found, each judged against a catalogue item at a location
 */
public record InspectionRequest(String creditCode, LocalDate date, java.time.LocalTime time, InspectionType type, String officers,
                                String exemptionReason, List<FindingRequest> findings) {

    /** One finding: the catalogue item it is judged by, where, and what was seen. */
    public record FindingRequest(Long itemId, String location, String description) {
    }
}
