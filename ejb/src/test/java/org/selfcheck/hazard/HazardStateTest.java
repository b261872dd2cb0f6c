package org.selfcheck.hazard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selfcheck.shared.ConflictException;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HazardStateTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "PENDING     | PENDING     | false",
            "PENDING     | IN_PROGRESS | true",
            "PENDING     | TO_VERIFY   | false",
            "PENDING     | CLOSED      | false",
            "IN_PROGRESS | PENDING     | false",
            "IN_PROGRESS | IN_PROGRESS | false",
            "IN_PROGRESS | TO_VERIFY   | true",
            "IN_PROGRESS | CLOSED      | false",
            "TO_VERIFY   | PENDING     | false",
            "TO_VERIFY   | IN_PROGRESS | true",
            "TO_VERIFY   | TO_VERIFY   | false",
            "TO_VERIFY   | CLOSED      | true",
            "CLOSED      | PENDING     | false",
            "CLOSED      | IN_PROGRESS | false",
            "CLOSED      | TO_VERIFY   | false",
            "CLOSED      | CLOSED      | false"})
    void aHazardMovesOnlyAlongTheLifecycleOrBackToRemediationWhenVerificationFails(HazardState from, HazardState to,
                                                                                   boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        if (allowed) {
            assertThatCode(() -> from.checkMoveTo(to)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> from.checkMoveTo(to)).isInstanceOfSatisfying(ConflictException.class, e -> {
                assertThat(e.messageKey()).isEqualTo("hazard.transition");
                assertThat(e.arguments()).containsExactly(from.name(), to.name());
            });
        }
    }

    @Test
    void exactlyFourOfTheSixteenMovesAreAllowed() {
        long allowed = Arrays.stream(HazardState.values())
                .flatMap(from -> Arrays.stream(HazardState.values()).filter(from::canMoveTo)).count();

        assertThat(allowed).isEqualTo(4);
    }

    @Test
    void noStateMovesToNothing() {
        for (HazardState state : HazardState.values()) {
            assertThat(state.canMoveTo(null)).isFalse();
        }
    }

    @Test
    void onlyAClosedHazardIsNotOpen() {
        assertThat(HazardState.PENDING.open()).isTrue();
        assertThat(HazardState.IN_PROGRESS.open()).isTrue();
        assertThat(HazardState.TO_VERIFY.open()).isTrue();
        assertThat(HazardState.CLOSED.open()).isFalse();
    }

    @Test
    void aHazardIsBeforeVerificationUntilRemediationIsReportedDone() {
        assertThat(HazardState.PENDING.beforeVerification()).isTrue();
        assertThat(HazardState.IN_PROGRESS.beforeVerification()).isTrue();
        assertThat(HazardState.TO_VERIFY.beforeVerification()).isFalse();
        assertThat(HazardState.CLOSED.beforeVerification()).isFalse();
    }

    @Test
    void onlyABureauFindingIsNotTheCompanysOwn() {
        assertThat(HazardSource.SELF_CHECK.ownFinding()).isTrue();
        assertThat(HazardSource.DAILY.ownFinding()).isTrue();
        assertThat(HazardSource.BUREAU.ownFinding()).isFalse();
    }
}
