package org.selfcheck.hazard;

import org.selfcheck.company.Company;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A step of a hazard the competent bureau is told of (16号令: reported promptly, then its milestones), fired after
 * the {@link HazardChanged} of the same change; the filing recorder observes it and files it in the same transaction.
 *
 * @param deadline  the deadline in force after the change (null when the hazard was just recorded)
 * @param extension the approved extension ({@link Kind#EXTENSION_APPROVED} only)
 */
public record HazardMilestone(Kind kind, Company company, HazardRecord hazard, LocalDate deadline,
                              HazardExtension.Details extension, String actor, Instant at) {

    public enum Kind {
        /** a major hazard was recorded, by a check or reported */
        RECORDED,
        /** the remediation plan first had all five elements (五落实) */
        PLAN_COMPLETE,
        /** the principal approved a deadline extension */
        EXTENSION_APPROVED,
        /** verified and closed (销号) */
        CLOSED
    }
}
