package org.selfcheck.routes.port;

import java.time.Instant;
import java.util.Objects;

/**
 * A filing claimed for one delivery attempt.
 *
 * @param filingId       the filing's id; the intake also receives it as the {@code Idempotency-Key}, so that a
 *                       filing sent twice (a lost answer, a retry) is stored once by the bureau
 * @param intakeUrl      where to POST the filing (the bureau's intake endpoint, from the bureau directory)
 * @param receiptKeysUrl the JWK set the bureau signs its receipts with
 * @param body           the JSON text to POST
 * @param digest         the digest of the filing (64 hex digits) the bureau's receipt must repeat
 * @param attempt        the 1-based number of this attempt
 * @param createdAt      when the filing was recorded: a receipt dated before it cannot be the bureau's receipt of it
 */
public record OutgoingFiling(String filingId, String intakeUrl, String receiptKeysUrl, String body, String digest,
                             int attempt, Instant createdAt) {

    public OutgoingFiling {
        Objects.requireNonNull(filingId, "filingId");
        Objects.requireNonNull(intakeUrl, "intakeUrl");
        Objects.requireNonNull(receiptKeysUrl, "receiptKeysUrl");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(createdAt, "createdAt");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt is 1-based, was " + attempt);
        }
    }
}
