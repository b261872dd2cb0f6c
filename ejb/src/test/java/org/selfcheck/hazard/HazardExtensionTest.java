package org.selfcheck.hazard;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The deadline in force at a spot check's start: an extension counts from its decision, not its request. */
class HazardExtensionTest {

    static final LocalDate DEADLINE = LocalDate.of(2026, 11, 1);
    static final LocalDate EXTENDED = LocalDate.of(2026, 12, 31);
    static final Instant REQUESTED = OffsetDateTime.of(2026, 10, 28, 9, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();
    static final Instant INSPECTION_START = OffsetDateTime.of(2026, 11, 5, 9, 30, 0, 0, ZoneOffset.ofHours(8)).toInstant();

    static HazardExtension decided(boolean approve, Instant decidedAt) {
        Extension request = new Extension(DEADLINE, EXTENDED, "设备到货延迟", Extension.Decision.PENDING, LocalDate.of(2026, 10, 28));
        HazardExtension e = new HazardExtension(1, request, "manager1", REQUESTED);
        e.decide(request.decide(approve), null, "principal1", decidedAt);
        return e;
    }

    static LocalDate deadlineAt(Instant instant, HazardExtension... extensions) {
        return Overdue.effectiveDeadline(DEADLINE, java.util.Arrays.stream(extensions).filter(e -> e.inForceAt(instant))
                .map(e -> e.toExtension(ZoneOffset.ofHours(8))).toList());
    }

    @Test
    void anExtensionApprovedOneSecondBeforeTheStartIsInForceAtTheStart() {
        HazardExtension e = decided(true, INSPECTION_START.minusSeconds(1));

        assertThat(e.inForceAt(INSPECTION_START)).isTrue();
        assertThat(deadlineAt(INSPECTION_START, e)).isEqualTo(EXTENDED);
        assertThat(Overdue.overdue(HazardState.IN_PROGRESS, deadlineAt(INSPECTION_START, e), LocalDate.of(2026, 11, 5))).isFalse();
    }

    @Test
    void anExtensionRequestedBeforeButApprovedOneSecondAfterTheStartIsNotAndTheHazardWasOverdue() {
        HazardExtension e = decided(true, INSPECTION_START.plusSeconds(1));

        assertThat(e.inForceAt(INSPECTION_START)).isFalse();
        assertThat(deadlineAt(INSPECTION_START, e)).isEqualTo(DEADLINE);
        assertThat(Overdue.overdue(HazardState.IN_PROGRESS, deadlineAt(INSPECTION_START, e), LocalDate.of(2026, 11, 5))).isTrue();
        assertThat(e.inForceAt(INSPECTION_START.plusSeconds(2))).isTrue();
    }

    @Test
    void anExtensionDecidedAtTheVeryMomentOfTheStartIsAfterIt() {
        assertThat(decided(true, INSPECTION_START).inForceAt(INSPECTION_START)).isFalse();
    }

    @Test
    void aRefusedOrPendingExtensionIsNeverInForce() {
        Extension request = new Extension(DEADLINE, EXTENDED, "设备到货延迟", Extension.Decision.PENDING, LocalDate.of(2026, 10, 28));
        HazardExtension pending = new HazardExtension(1, request, "manager1", REQUESTED);

        assertThat(decided(false, INSPECTION_START.minusSeconds(60)).inForceAt(INSPECTION_START)).isFalse();
        assertThat(pending.inForceAt(INSPECTION_START)).isFalse();
    }
}
