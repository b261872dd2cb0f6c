package org.selfcheck.hazard;

import org.selfcheck.catalogue.CatalogueItemDetails;
import org.selfcheck.evidence.PhotoRef;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A hazard with its whole remediation: the record, the catalogue item it matches, the effective deadline
 * (after approved extensions), whether it is overdue, the non-penalty qualification (R6) with its reasons,
 * extensions, steps, photos by kind, and the bureau findings bound to it (earliest first).
 */
public record HazardDetails(HazardRecord hazard, CatalogueItemDetails item, LocalDate deadline, boolean overdue,
                            List<Qualification.Condition> qualification, boolean qualified,
                            List<HazardExtension.Details> extensions, List<HazardUpdate.Details> updates,
                            List<Photo> photos, List<FindingLink> bureauFindings, Set<HazardAction> actions) {

    /** A photo and what it shows: the hazard before, remediation in progress, or the result after. */
    public record Photo(PhotoRef photo, String kind) {
    }
}
