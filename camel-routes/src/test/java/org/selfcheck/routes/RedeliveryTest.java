package org.selfcheck.routes;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class RedeliveryTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    @Test
    void theDelayDoublesAfterEachFailedAttemptUntilTheCap() {
        Redelivery redelivery = new Redelivery(10, Duration.ofSeconds(1), Duration.ofMinutes(1));

        assertThat(IntStream.rangeClosed(1, 9).mapToObj(attempt -> redelivery.nextAttempt(attempt, NOW).orElseThrow()))
                .extracting(next -> Duration.between(NOW, next).toSeconds())
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    }

    @Test
    void theLastAttemptHasNoNextOne() {
        Redelivery redelivery = new Redelivery(3, Duration.ofSeconds(1), Duration.ofMinutes(1));

        assertThat(redelivery.nextAttempt(2, NOW)).contains(NOW.plusSeconds(2));
        assertThat(redelivery.nextAttempt(3, NOW)).isEmpty();
        assertThat(redelivery.nextAttempt(4, NOW)).isEmpty();
    }

    @Test
    void aSingleAttemptIsNeverRetried() {
        assertThat(new Redelivery(1, Duration.ofSeconds(1), Duration.ofSeconds(1)).nextAttempt(1, NOW)).isEmpty();
    }

    @Test
    void aCapThatIsNotAPowerOfTwoOfTheInitialDelayIsReachedExactly() {
        Redelivery redelivery = new Redelivery(10, Duration.ofMillis(300), Duration.ofSeconds(1));

        assertThat(redelivery.nextAttempt(2, NOW)).contains(NOW.plusMillis(600));
        assertThat(redelivery.nextAttempt(3, NOW)).contains(NOW.plusSeconds(1));
    }

    @Test
    void largeAttemptNumbersDoNotOverflow() {
        Redelivery redelivery = new Redelivery(Integer.MAX_VALUE, Duration.ofSeconds(1), Duration.ofHours(1));

        assertThat(redelivery.nextAttempt(200, NOW)).contains(NOW.plus(Duration.ofHours(1)));
        assertThat(redelivery.nextAttempt(Integer.MAX_VALUE - 1, NOW)).contains(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void aCapNearTheLongestDurationDoesNotOverflow() {
        Duration longest = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
        Redelivery redelivery = new Redelivery(1000, Duration.ofSeconds(Long.MAX_VALUE / 3), longest);

        assertThat(redelivery.delayAfter(2)).isEqualTo(Duration.ofSeconds(Long.MAX_VALUE / 3 * 2));
        assertThat(redelivery.delayAfter(3)).isEqualTo(longest);
        assertThat(redelivery.delayAfter(200)).isEqualTo(longest);
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Redelivery(0, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new Redelivery(3, Duration.ZERO, Duration.ofSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new Redelivery(3, Duration.ofSeconds(-1), Duration.ofSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new Redelivery(3, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .withMessageContaining("shorter than initialDelay");
        assertThatNullPointerException().isThrownBy(() -> new Redelivery(3, null, Duration.ofSeconds(1)));
        assertThatNullPointerException().isThrownBy(() -> new Redelivery(3, Duration.ofSeconds(1), null));
    }

    @Test
    void attemptsAreOneBased() {
        Redelivery redelivery = new Redelivery(3, Duration.ofSeconds(1), Duration.ofMinutes(1));

        assertThatIllegalArgumentException().isThrownBy(() -> redelivery.nextAttempt(0, NOW));
    }
}
