package org.selfcheck.report;

import org.selfcheck.company.Company;
import org.selfcheck.shared.Audited;
import org.selfcheck.shared.AuditedChange;

import java.time.Instant;

/**
 * The principal signed (sealed) a quarterly report, in the transaction of the signature: the audit log records it, then
 * the filing recorder files it with the competent bureau, so the report is filed if and only if the signature commits.
 *
 * @param report        the signed report
 * @param sealedContent the canonical JSON that was sealed
 * @param jws           the portal's signature over it
 */
public record ReportSigned(Company company, ReportSummary report, String sealedContent, String jws, String actor,
                           Instant at, AuditedChange audited) implements Audited {
}
