package org.selfcheck.inspection;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfcheck.inspection.CheckAction.AMEND;
import static org.selfcheck.inspection.CheckAction.CONFIRM_ATTENDANCE;
import static org.selfcheck.inspection.CheckAction.CONFIRM_PARTICIPATION;
import static org.selfcheck.inspection.CheckAction.RECORD;

class CheckActionTest {

    @Test
    void aKeeperRecordsAnOpenCheckAndAmendsACompletedOne() {
        assertThat(CheckAction.allowed(false, true, true, false, false)).containsExactly(RECORD);
        assertThat(CheckAction.allowed(true, true, true, false, false)).containsExactly(AMEND);
    }

    @Test
    void aPlannedCheckIsRecordedAheadButConfirmedOnlyOnceItTookPlace() {
        assertThat(CheckAction.allowed(false, false, true, true, true)).containsExactly(RECORD);
        assertThat(CheckAction.allowed(false, true, false, true, true))
                .containsExactlyInAnyOrder(CONFIRM_ATTENDANCE, CONFIRM_PARTICIPATION);
    }

    @Test
    void thePrincipalAndAParticipantConfirmOnlyWhatTheyHaveNotConfirmedYet() {
        assertThat(CheckAction.allowed(true, true, false, true, false)).containsExactly(CONFIRM_ATTENDANCE);
        assertThat(CheckAction.allowed(true, true, false, false, true)).containsExactly(CONFIRM_PARTICIPATION);
        assertThat(CheckAction.allowed(true, true, false, false, false)).isEmpty();
    }
}
