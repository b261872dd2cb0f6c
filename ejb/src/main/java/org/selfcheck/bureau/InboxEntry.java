package org.selfcheck.bureau;

import java.time.Instant;

/**
 * A filing as the bureau received it, in its inbox: whose, what, when, the receipt it answered with, and whether an
 * officer reviewed it.
 *
 * @param subject the report's quarter ("2026Q3") or the hazard's description, for the list
 */
public record InboxEntry(String filingId, String receiptNo, Instant receivedAt, String bureau, String creditCode,
                         String companyName, String regionCode, String kind, String event, String subject, String digest,
                         Instant reviewedAt, String reviewedBy) {
}
