package org.selfcheck.bureau;

import java.time.Instant;

/**
 * The bureau's receipt of a filing, as the intake answers it. Only {@code jws} counts: its payload holds the same
 * receipt number, time, filing id, digest and bureau, signed with the bureau's key.
 *
 * @param firstReceipt whether this delivery stored the filing (false: it had been received before, and this is
 *                     the original receipt again)
 */
public record IntakeReceipt(String receiptNo, Instant receivedAt, String filingId, String digest, String bureau,
                            String jws, boolean firstReceipt) {
}
