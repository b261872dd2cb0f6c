package org.selfcheck.routes.port;

import java.time.Instant;
import java.util.Objects;

/**
 * A receipt the bureau signed, after verification: every field but {@code jws} comes from the signed payload.
 *
 * @param jws    the compact JWS as received, kept as the proof of delivery
 * @param bureau the payload's {@code bureau} claim; may be null
 */
public record FilingReceipt(String receiptNo, Instant receivedAt, String filingId, String digest, String bureau,
                            String jws) {

    public FilingReceipt {
        Objects.requireNonNull(receiptNo, "receiptNo");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(filingId, "filingId");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(jws, "jws");
    }
}
