package org.selfcheck.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfcheck.report.ReportAction.REFRESH;
import static org.selfcheck.report.ReportAction.SIGN;
import static org.selfcheck.report.ReportAction.SUBMIT;
import static org.selfcheck.report.ReportRecord.Status.DRAFT;
import static org.selfcheck.report.ReportRecord.Status.SIGNED;
import static org.selfcheck.report.ReportRecord.Status.SUBMITTED;

class ReportActionTest {

    @Test
    void theSafetyManagerRefreshesAndSubmitsADraftAndRefreshesASubmittedVersion() {
        assertThat(ReportAction.allowed(DRAFT, true, false)).containsExactlyInAnyOrder(REFRESH, SUBMIT);
        assertThat(ReportAction.allowed(SUBMITTED, true, false)).containsExactly(REFRESH);
    }

    @Test
    void thePrincipalSignsOnlyASubmittedVersion() {
        assertThat(ReportAction.allowed(SUBMITTED, false, true)).containsExactly(SIGN);
        assertThat(ReportAction.allowed(DRAFT, false, true)).isEmpty();
    }

    @Test
    void oneLoginHoldingBothRolesGetsBothPartsButNeverSignsADraft() {
        assertThat(ReportAction.allowed(DRAFT, true, true)).containsExactlyInAnyOrder(REFRESH, SUBMIT);
        assertThat(ReportAction.allowed(SUBMITTED, true, true)).containsExactlyInAnyOrder(REFRESH, SIGN);
    }

    @Test
    void aSignedVersionTakesNoActionFromAnyone() {
        assertThat(ReportAction.allowed(SIGNED, true, true)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ReportRecord.Status.class)
    void someoneWhoIsNeitherMayDoNothing(ReportRecord.Status status) {
        assertThat(ReportAction.allowed(status, false, false)).isEmpty();
    }
}
