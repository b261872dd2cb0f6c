package org.selfcheck.inspection;

import org.selfcheck.catalogue.CatalogueItemDetails;
import org.selfcheck.evidence.PhotoRef;
import org.selfcheck.hazard.HazardSummary;
import org.selfcheck.organisation.PersonDetails;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A check with everything recorded in it.
 *
 * @param candidates  who may be recorded as present: the group members (and the designated leader) on the check date
 * @param items       every checklist item with its result
 * @param revisions   the catalogue revisions the checklist came from, e.g. "GM10-2023 r1"
 * @param actions     what the caller may do with the check now
 */
public record CheckDetails(CheckSummary summary, List<Participant> participants, List<PersonDetails> candidates,
                           List<Item> items, List<String> revisions, List<HazardSummary> hazards, Set<CheckAction> actions) {

    /** A person recorded as present, and whether he confirmed it himself. */
    public record Participant(PersonDetails person, Instant confirmedAt) {
    }

    /**
     * One checklist item: the result recorded before completion, the amendments after it, and the result in
     * force (the newest amendment, else the original).
     */
    public record Item(long resultId, CatalogueItemDetails item, ResultEntry recorded,
                       List<CheckAmendment.AmendmentDetails> amendments, ResultEntry effective, List<PhotoRef> photos) {
    }
}
