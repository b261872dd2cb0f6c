package org.selfcheck.hazard;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A hazard's own fields as services hand them out: the three elements of the report are {@code presentState}
 * (现状及其产生原因), {@code harm} (危害程度和整改难易程度) and {@code plan} (治理方案, 五落实).
 *
 * @param foundBy who found it, for a hazard reported outside a check
 * @param plan    as planned; its deadline is the planned one (see the effective deadline for extensions)
 */
public record HazardRecord(long id, HazardSource source, Long checkId, Long itemId, String description, LocalDate foundOn,
                           String foundBy, String location, String presentState, String harm, RemediationPlan plan,
                           HazardState state, LocalDate submittedOn, LocalDate closedOn, Instant createdAt,
                           String createdBy, Instant updatedAt, String updatedBy, long version) {
}
