package org.selfcheck.bureau;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeServiceTest {

    @Test
    void aReceiptNumberCarriesTheDayInChinaAndTheSequence() {
        assertThat(IntakeService.receiptNumber(Instant.parse("2026-11-27T02:00:00Z"), 42)).isEqualTo("RC20261127-00000042");
        assertThat(IntakeService.receiptNumber(Instant.parse("2026-12-31T16:30:00Z"), 7))
                .as("half past midnight on New Year's Day in Beijing").isEqualTo("RC20270101-00000007");
    }
}
