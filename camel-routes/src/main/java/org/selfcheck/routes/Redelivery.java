package org.selfcheck.routes;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a failed delivery attempt is made again: exponential backoff from {@code initialDelay}, doubling per failed
 * attempt, capped at {@code maxDelay}; after {@code maxAttempts} failed attempts, never (the filing is a dead letter).
 *
 * @param maxAttempts  how many attempts in all, the first included (at least 1)
 * @param initialDelay the delay after the first failed attempt (positive)
 * @param maxDelay     the longest delay between two attempts (at least {@code initialDelay})
 */
public record Redelivery(int maxAttempts, Duration initialDelay, Duration maxDelay) {

    public Redelivery {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("initialDelay must be positive, was " + initialDelay);
        }
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("maxDelay " + maxDelay + " is shorter than initialDelay " + initialDelay);
        }
    }

    /**
     * When to make the next attempt after attempt number {@code failedAttempt} (1-based) failed at {@code now}:
     * {@code now + min(initialDelay * 2^(failedAttempt-1), maxDelay)}, or empty when it was the last attempt.
     */
    public Optional<Instant> nextAttempt(int failedAttempt, Instant now) {
        if (failedAttempt < 1) {
            throw new IllegalArgumentException("attempts are 1-based, was " + failedAttempt);
        }
        Objects.requireNonNull(now, "now");
        if (failedAttempt >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(now.plus(delayAfter(failedAttempt)));
    }

    /** The delay after attempt number {@code failedAttempt} failed, whether or not another attempt is made. */
    Duration delayAfter(int failedAttempt) {
        // doubling stops at the cap, so that neither a large attempt number nor a large cap overflows
        Duration delay = initialDelay;
        for (int i = 1; i < failedAttempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.compareTo(maxDelay.dividedBy(2)) > 0 ? maxDelay : delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) < 0 ? delay : maxDelay;
    }
}
