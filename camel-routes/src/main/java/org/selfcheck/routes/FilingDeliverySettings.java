package org.selfcheck.routes;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link FilingDeliveryRoute} polls and sends.
 *
 * @param pollMillis  the pause between two polls of the outbox, in milliseconds
 * @param batchSize   how many due filings one poll claims at most
 * @param parallelism how many filings of a batch are sent at the same time
 * @param httpTimeout the connect timeout, and the longest wait for the intake's answer
 */
public record FilingDeliverySettings(long pollMillis, int batchSize, int parallelism, Duration httpTimeout) {

    public FilingDeliverySettings {
        if (pollMillis < 1) {
            throw new IllegalArgumentException("pollMillis must be positive, was " + pollMillis);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive, was " + batchSize);
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be positive, was " + parallelism);
        }
        Objects.requireNonNull(httpTimeout, "httpTimeout");
        if (httpTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("httpTimeout must be at least 1 ms, was " + httpTimeout);
        }
    }

    /** Polls every 500 ms, claims up to 50 filings, sends 8 at a time, waits 10 s for the intake. */
    public static FilingDeliverySettings defaults() {
        return new FilingDeliverySettings(500, 50, 8, Duration.ofSeconds(10));
    }
}
