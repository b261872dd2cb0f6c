package org.selfcheck.filing;

import org.selfcheck.shared.Audited;
import org.selfcheck.shared.AuditedChange;

import java.time.Instant;

/**
 * The bureau received a filing (its receipt is stored), fired by the outbox in the delivery's transaction: the audit log
 * records it and, for a quarterly report, the overview counts the receipt.
 *
 * @param quarter the quarter of the report filed, null when the filing is not a report
 */
public record FilingDelivered(long companyId, String quarter, Instant receiptAt, AuditedChange audited) implements Audited {
}
