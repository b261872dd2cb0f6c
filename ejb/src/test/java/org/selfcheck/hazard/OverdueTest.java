package org.selfcheck.hazard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.selfcheck.hazard.Extension.Decision;
import org.selfcheck.shared.ConflictException;
import org.selfcheck.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OverdueTest {

    static final LocalDate DEADLINE = LocalDate.of(2026, 4, 30);
    static final LocalDate TODAY = LocalDate.of(2026, 4, 20);

    static Extension extension(LocalDate from, LocalDate to, Decision decision) {
        return new Extension(from, to, "设备到货延迟", decision, TODAY);
    }

    static void assertInvalid(Runnable request, String field, String messageKey) {
        assertThatThrownBy(request::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKeysByField()).containsExactly(Map.entry(field, messageKey)));
    }

    // ---- overdue -----------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = HazardState.class, names = {"PENDING", "IN_PROGRESS"})
    void theDeadlineDayItselfIsNotOverdue(HazardState state) {
        assertThat(Overdue.overdue(state, DEADLINE, DEADLINE.minusDays(1))).isFalse();
        assertThat(Overdue.overdue(state, DEADLINE, DEADLINE)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = HazardState.class, names = {"PENDING", "IN_PROGRESS"})
    void theDayAfterTheDeadlineIsOverdue(HazardState state) {
        assertThat(Overdue.overdue(state, DEADLINE, DEADLINE.plusDays(1))).isTrue();
        assertThat(Overdue.overdue(state, DEADLINE, DEADLINE.plusYears(1))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = HazardState.class, names = {"TO_VERIFY", "CLOSED"})
    void aHazardReportedDoneOrClosedIsNeverOverdue(HazardState state) {
        assertThat(Overdue.overdue(state, DEADLINE, DEADLINE.plusDays(1))).isFalse();
        assertThat(Overdue.overdue(state, DEADLINE, DEADLINE.plusYears(1))).isFalse();
    }

    @Test
    void aHazardWithoutADeadlineIsNotOverdue() {
        assertThat(Overdue.overdue(HazardState.PENDING, null, TODAY)).isFalse();
        assertThat(Overdue.overdue(HazardState.IN_PROGRESS, null, TODAY)).isFalse();
    }

    @Test
    void aHazardSubmittedAfterItsDeadlineDayWasOverdue() {
        assertThat(Overdue.wasOverdueWhenSubmitted(DEADLINE, DEADLINE.minusDays(1))).isFalse();
        assertThat(Overdue.wasOverdueWhenSubmitted(DEADLINE, DEADLINE)).isFalse();
        assertThat(Overdue.wasOverdueWhenSubmitted(DEADLINE, DEADLINE.plusDays(1))).isTrue();
        assertThat(Overdue.wasOverdueWhenSubmitted(null, DEADLINE.plusDays(1))).isFalse();
    }

    // ---- extensions move the deadline ------------------------------------------------------------------------

    @Test
    void withoutExtensionsThePlanDeadlineIsInForce() {
        assertThat(Overdue.effectiveDeadline(DEADLINE, List.of())).isEqualTo(DEADLINE);
        assertThat(Overdue.effectiveDeadline(DEADLINE, null)).isEqualTo(DEADLINE);
        assertThat(Overdue.effectiveDeadline(null, List.of())).isNull();
    }

    @Test
    void anApprovedExtensionMovesTheDeadlineSoTheHazardIsNoLongerOverdue() {
        LocalDate later = DEADLINE.plusDays(30);
        LocalDate deadline = Overdue.effectiveDeadline(DEADLINE, List.of(extension(DEADLINE, later, Decision.APPROVED)));

        assertThat(deadline).isEqualTo(later);
        assertThat(Overdue.overdue(HazardState.IN_PROGRESS, deadline, DEADLINE.plusDays(1))).isFalse();
        assertThat(Overdue.overdue(HazardState.IN_PROGRESS, deadline, later.plusDays(1))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Decision.class, names = {"PENDING", "REFUSED"})
    void aPendingOrRefusedExtensionDoesNotMoveTheDeadline(Decision decision) {
        LocalDate deadline = Overdue.effectiveDeadline(DEADLINE, List.of(extension(DEADLINE, DEADLINE.plusDays(30), decision)));

        assertThat(deadline).isEqualTo(DEADLINE);
        assertThat(Overdue.overdue(HazardState.IN_PROGRESS, deadline, DEADLINE.plusDays(1))).isTrue();
    }

    @Test
    void theLatestApprovedExtensionIsInForce() {
        LocalDate first = DEADLINE.plusDays(30);
        LocalDate second = DEADLINE.plusDays(60);
        List<Extension> extensions = List.of(
                extension(DEADLINE, first, Decision.APPROVED),
                extension(first, second, Decision.APPROVED),
                extension(second, DEADLINE.plusDays(90), Decision.REFUSED),
                extension(second, DEADLINE.plusDays(120), Decision.PENDING));

        assertThat(Overdue.effectiveDeadline(DEADLINE, extensions)).isEqualTo(second);
    }

    // ---- requesting and deciding an extension ------------------------------------------------------------------

    @Test
    void aValidRequestIsPendingAndKeepsTheDeadlineItMoves() {
        Extension e = Extension.request(DEADLINE, DEADLINE.plusDays(30), "  设备到货延迟 ", TODAY);

        assertThat(e).isEqualTo(new Extension(DEADLINE, DEADLINE.plusDays(30), "设备到货延迟", Decision.PENDING, TODAY));
        assertThat(e.approved()).isFalse();
    }

    @Test
    void anOverdueHazardMayStillAskForALaterDeadline() {
        LocalDate today = DEADLINE.plusDays(5);

        assertThat(Extension.request(DEADLINE, today, "设备到货延迟", today).requestedDeadline()).isEqualTo(today);
    }

    @Test
    void aHazardWithoutADeadlineCannotBeExtended() {
        assertInvalid(() -> Extension.request(null, DEADLINE, "设备到货延迟", TODAY), "deadline", "extension.noDeadline");
    }

    @Test
    void theRequestedDeadlineIsRequired() {
        assertInvalid(() -> Extension.request(DEADLINE, null, "设备到货延迟", TODAY), "requestedDeadline", "date.required");
    }

    @Test
    void theRequestedDeadlineMustBeLaterThanTheCurrentOne() {
        assertInvalid(() -> Extension.request(DEADLINE, DEADLINE, "设备到货延迟", TODAY), "requestedDeadline", "extension.notLater");
        assertThatThrownBy(() -> Extension.request(DEADLINE, DEADLINE.minusDays(1), "设备到货延迟", TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).arguments()).containsExactly(DEADLINE));
    }

    @Test
    void theRequestedDeadlineMayNotBeInThePast() {
        LocalDate old = LocalDate.of(2026, 3, 1);

        assertInvalid(() -> Extension.request(old, TODAY.minusDays(1), "设备到货延迟", TODAY), "requestedDeadline", "extension.past");
        assertThat(Extension.request(old, TODAY, "设备到货延迟", TODAY).requestedDeadline()).isEqualTo(TODAY);
    }

    @Test
    void aReasonIsRequiredAndLimited() {
        assertInvalid(() -> Extension.request(DEADLINE, DEADLINE.plusDays(1), "  ", TODAY), "reason", "extension.reason.required");
        assertThatThrownBy(() -> Extension.request(DEADLINE, DEADLINE.plusDays(1), "因".repeat(1001), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKeysByField()).containsExactly(Map.entry("reason", "text.length"));
                    assertThat(e.errors().get(0).arguments()).containsExactly(1000);
                });
        assertThat(Extension.request(DEADLINE, DEADLINE.plusDays(1), "因".repeat(1000), TODAY).reason()).hasSize(1000);
    }

    @Test
    void everyInvalidFieldOfARequestIsReportedAtOnce() {
        assertThatThrownBy(() -> Extension.request(null, null, null, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKeysByField())
                        .containsExactly(Map.entry("deadline", "extension.noDeadline"),
                                Map.entry("requestedDeadline", "date.required"),
                                Map.entry("reason", "extension.reason.required")));
    }

    @Test
    void aPendingRequestIsApprovedOrRefused() {
        Extension request = Extension.request(DEADLINE, DEADLINE.plusDays(30), "设备到货延迟", TODAY);

        Extension approved = request.decide(true);
        assertThat(approved.decision()).isEqualTo(Decision.APPROVED);
        assertThat(approved.approved()).isTrue();
        assertThat(approved.requestedDeadline()).isEqualTo(DEADLINE.plusDays(30));
        assertThat(request.decide(false).decision()).isEqualTo(Decision.REFUSED);
        assertThat(request.decision()).isEqualTo(Decision.PENDING);
    }

    @ParameterizedTest
    @EnumSource(value = Decision.class, names = {"APPROVED", "REFUSED"})
    void aDecidedRequestCannotBeDecidedAgain(Decision decision) {
        Extension decided = extension(DEADLINE, DEADLINE.plusDays(30), decision);

        for (boolean approve : new boolean[]{true, false}) {
            assertThatThrownBy(() -> decided.decide(approve)).isInstanceOfSatisfying(ConflictException.class, e -> {
                assertThat(e.messageKey()).isEqualTo("extension.decided");
                assertThat(e.arguments()).containsExactly(decision.name());
            });
        }
    }

    @Test
    void decidingTwiceIsAConflict() {
        Extension approved = Extension.request(DEADLINE, DEADLINE.plusDays(30), "设备到货延迟", TODAY).decide(true);

        assertThatThrownBy(() -> approved.decide(false)).isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).messageKey()).isEqualTo("extension.decided");
    }
}
