package org.selfcheck.report;

import java.util.Set;

/**
 * A report version with its content: as a structure for pages, and as stored (canonical JSON once signed) with
 * the portal's JWS, so that anyone can check it independently; {@code contentDigest} is the SHA-256 of the content's
 * canonical JSON, what the principal signs by; {@code actions}, what the caller may do with it now.
 */
public record ReportDocument(ReportSummary summary, QuarterlyReport report, String content, String jws, String contentDigest,
                             Set<ReportAction> actions) {
}
