package org.selfcheck.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * Who was who on one day: the principal, the designated leader, the leadership team and the group by
 * category, with the composition check (R1, R2). This is what accountability (责任倒查) reads.
 *
 * @param principal   null when none was recorded for that day
 * @param leader      the designated leader, null when none was appointed
 * @param composition       every group category in {@link GroupCategory} order
 * @param compositionStatus the verdict of the composition check, from {@code composition}
 */
public record OrganisationSnapshot(LocalDate date, Position principal, Position leader, List<Position> leadership,
                                   List<CategoryCoverage> composition, CompositionStatus compositionStatus) {

    public OrganisationSnapshot(LocalDate date, Position principal, Position leader, List<Position> leadership,
                                List<CategoryCoverage> composition) {
        this(date, principal, leader, List.copyOf(leadership), List.copyOf(composition), verdict(composition));
    }

    private static CompositionStatus verdict(List<CategoryCoverage> composition) {
        if (composition.stream().anyMatch(CategoryCoverage::flagged)) {
            return CompositionStatus.INCOMPLETE;
        }
        if (composition.stream().anyMatch(c -> c.coverage() == Coverage.EXPLAINED)) {
            return CompositionStatus.EXPLAINED;
        }
        return CompositionStatus.COMPLETE;
    }

    /** Everyone in the group that day, by category. */
    public List<Position> members() {
        return composition.stream().flatMap(c -> c.members().stream()).toList();
    }

    /** The verdict of the composition check. */
    public enum CompositionStatus {
        /** all four named categories have members */
        COMPLETE,
        /** some have none, and the company recorded why for each */
        EXPLAINED,
        /** at least one has neither a member nor a reason */
        INCOMPLETE
    }
}
