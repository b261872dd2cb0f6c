package org.selfcheck.hazard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfcheck.hazard.HazardAction.ADD_PHOTO;
import static org.selfcheck.hazard.HazardAction.ADD_RESULT_PHOTO;
import static org.selfcheck.hazard.HazardAction.DECIDE_EXTENSION;
import static org.selfcheck.hazard.HazardAction.DESCRIBE;
import static org.selfcheck.hazard.HazardAction.PROGRESS;
import static org.selfcheck.hazard.HazardAction.REQUEST_EXTENSION;
import static org.selfcheck.hazard.HazardAction.SET_DEADLINE;
import static org.selfcheck.hazard.HazardAction.START;
import static org.selfcheck.hazard.HazardAction.SUBMIT;
import static org.selfcheck.hazard.HazardAction.VERIFY;

class HazardActionTest {

    @Test
    void aKeeperPlansStartsAndAsksForMoreTimeOnAPendingHazard() {
        assertThat(HazardAction.allowed(HazardState.PENDING, true, false, false, false))
                .containsExactlyInAnyOrder(DESCRIBE, SET_DEADLINE, START, REQUEST_EXTENSION, ADD_PHOTO, ADD_RESULT_PHOTO);
    }

    @Test
    void inRemediationTheDeadlineMovesOnlyByExtensionAndOneRequestWaitsAtATime() {
        assertThat(HazardAction.allowed(HazardState.IN_PROGRESS, true, false, false, false))
                .containsExactlyInAnyOrder(DESCRIBE, PROGRESS, SUBMIT, REQUEST_EXTENSION, ADD_PHOTO, ADD_RESULT_PHOTO);
        assertThat(HazardAction.allowed(HazardState.IN_PROGRESS, true, false, false, true)).doesNotContain(REQUEST_EXTENSION, SET_DEADLINE);
    }

    @Test
    void aGroupMemberVerifiesWhatIsReportedDoneAndAddsOnlyTheResultPhoto() {
        assertThat(HazardAction.allowed(HazardState.TO_VERIFY, false, true, false, false)).containsExactlyInAnyOrder(VERIFY, ADD_RESULT_PHOTO);
        assertThat(HazardAction.allowed(HazardState.IN_PROGRESS, false, true, false, false)).containsExactly(ADD_RESULT_PHOTO);
        assertThat(HazardAction.allowed(HazardState.TO_VERIFY, true, false, false, false)).doesNotContain(VERIFY, REQUEST_EXTENSION, SUBMIT);
    }

    @Test
    void thePrincipalDecidesOnlyAnExtensionThatWaits() {
        assertThat(HazardAction.allowed(HazardState.IN_PROGRESS, false, false, true, true)).containsExactly(DECIDE_EXTENSION);
        assertThat(HazardAction.allowed(HazardState.IN_PROGRESS, false, false, true, false)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(HazardState.class)
    void someoneWhoHoldsNoneOfTheRolesMayDoNothing(HazardState state) {
        assertThat(HazardAction.allowed(state, false, false, false, true)).isEmpty();
    }

    @Test
    void aClosedHazardTakesNoActionFromAnyone() {
        assertThat(HazardAction.allowed(HazardState.CLOSED, true, true, true, true)).isEmpty();
    }
}
