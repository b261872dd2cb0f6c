package org.selfcheck.bureau;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.selfcheck.company.StandardisationGrade;

import static org.assertj.core.api.Assertions.assertThat;

class InspectionCapsTest {

    @ParameterizedTest(name = "{0}, high-risk {1}: {2} a year")
    @CsvSource({
            "GRADE_1, true, 2", "GRADE_1, false, 1",
            "GRADE_2, true, 4", "GRADE_2, false, 2",
            "GRADE_3, true, 8", "GRADE_3, false, 4",
            "NOT_GRADED, true, 12", "NOT_GRADED, false, 6"})
    void theCapOfEachCellOfTheTable(StandardisationGrade grade, boolean highRisk, int cap) {
        assertThat(InspectionCaps.cap(grade, highRisk)).isEqualTo(cap);
    }

    @Test
    void aPlannedInspectionBeyondTheCapNeedsAnExemption() {
        assertThat(InspectionCaps.standing(StandardisationGrade.GRADE_2, false, 1, 0, InspectionType.PLANNED).exceedsCap()).isFalse();
        InspectionCaps.Standing full = InspectionCaps.standing(StandardisationGrade.GRADE_2, false, 2, 3, InspectionType.PLANNED);
        assertThat(full.exceedsCap()).isTrue();
        assertThat(full.remaining()).isZero();
        assertThat(full.exempted()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(value = InspectionType.class, names = {"COMPLAINT", "REFERRAL", "MONITORING"})
    void complaintsReferralsAndMonitoringAreExemptFromTheCap(InspectionType type) {
        assertThat(type.exempt()).isTrue();
        assertThat(InspectionCaps.standing(StandardisationGrade.GRADE_1, false, 5, 0, type).exceedsCap()).isFalse();
    }

    @Test
    void onlyPlannedInspectionsCount() {
        assertThat(InspectionType.PLANNED.exempt()).isFalse();
        assertThat(InspectionCaps.standing(StandardisationGrade.NOT_GRADED, true, 3, 0, null))
                .isEqualTo(new InspectionCaps.Standing(12, 3, 0, 9, false));
    }
}
