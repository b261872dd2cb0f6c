package org.selfcheck.report;

/**
 * A report version with its content: as a structure for pages, and as stored (canonical JSON once signed) with
 * the portal's JWS, so that anyone can check it independently; {@code contentDigest} is the SHA-256 of the content's
 * canonical JSON, what the principal signs by.
 */
public record ReportDocument(ReportSummary summary, QuarterlyReport report, String content, String jws, String contentDigest) {
}
