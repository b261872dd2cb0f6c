package org.selfcheck.bureau;

import org.selfcheck.company.StandardisationGrade;

import java.util.Objects;

/**
 * Section 三 of the notice: how many enforcement inspections a company may have in a calendar year, by its
 * standardisation grade (安全生产标准化) and whether its industry is high-risk (高危行业领域). Inspections triggered by
 * complaints, referrals or monitoring data are recorded but not counted.
 *
 * <pre>
 *                 high-risk  other
 *   grade 1 一级      2        1
 *   grade 2 二级      4        2
 *   grade 3 三级      8        4
 *   未定级           12        6
 * </pre>
 */
public final class InspectionCaps {

    private InspectionCaps() {
    }

    /** The annual cap of counted inspections. */
    public static int cap(StandardisationGrade grade, boolean highRisk) {
        int other = switch (Objects.requireNonNull(grade, "grade")) {
            case GRADE_1 -> 1;
            case GRADE_2 -> 2;
            case GRADE_3 -> 4;
            case NOT_GRADED -> 6;
        };
        return highRisk ? 2 * other : other;
    }

    /**
     * Where a company stands this year, and what one more inspection of this type would do.
     *
     * @param counted    counted (not exempt) inspections so far this year
     * @param exceedsCap whether one more inspection of the planned type would go over the cap: it then needs a
     *                   stated exemption reason
     */
    public record Standing(int cap, int counted, int exempted, int remaining, boolean exceedsCap) {
    }

    /** The standing before one more inspection of {@code type}, with the counts of this year so far. */
    public static Standing standing(StandardisationGrade grade, boolean highRisk, int counted, int exempted, InspectionType type) {
        int cap = cap(grade, highRisk);
        boolean exceeds = type != null && !type.exempt() && counted + 1 > cap;
        return new Standing(cap, counted, exempted, Math.max(0, cap - counted), exceeds);
    }
}
