package org.selfcheck.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class MailOutboxTest {

    @Test
    void thePauseBeforeTheNextAttemptDoublesUpToTwoHours() {
        assertThat(MailOutbox.pause(0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(MailOutbox.pause(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(MailOutbox.pause(5)).isEqualTo(Duration.ofSeconds(160));
        assertThat(MailOutbox.pause(19)).isEqualTo(Duration.ofHours(2));
        assertThat(MailOutbox.pause(60)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void retriesSpanAboutADayBeforeAnEntryIsGivenUp() {
        Duration total = Duration.ZERO;
        for (int attempt = 0; attempt < MailOutbox.MAX_ATTEMPTS - 1; attempt++) {
            total = total.plus(MailOutbox.pause(attempt));
        }
        assertThat(total).isBetween(Duration.ofHours(12), Duration.ofHours(36));
    }
}
