package org.selfcheck.report;

import java.time.Instant;

/**
 * A report version without its content.
 *
 * @param correctsId the signed version this one corrects, null for a first report
 * @param authTime   when the principal logged in afresh to sign
 * @param digest     SHA-256 of the canonical content, once signed
 */
public record ReportSummary(long id, String quarter, int version, Long correctsId, String correctionNote,
                            ReportRecord.Status status, Instant preparedAt, String preparedBy, Instant submittedAt,
                            String submittedBy, Instant signedAt, String signedBy, String signerName, Instant authTime,
                            String digest, String keyId) {
}
