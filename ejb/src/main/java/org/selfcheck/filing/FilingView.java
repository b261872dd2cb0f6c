package org.selfcheck.filing;

import java.time.Instant;
import java.util.UUID;

/**
 * A filing as the company and the admin see it: what it is, where it goes, how far it got, and the bureau's receipt
 * once delivered.
 *
 * @param attempts      delivery attempts made so far (重试中 (n) shows it)
 * @param nextAttemptAt when the next attempt is due (待发送/重试中), null otherwise
 * @param lastError     why the last attempt failed, or why it is not routed
 * @param receiptJws    the bureau's signed receipt as received (compact JWS), for anyone to check again
 */
public record FilingView(UUID id, FilingKind kind, FilingEvent event, String creditCode, String companyName,
                         Long reportId, Long hazardId, String regionCode, Long bureauId, String bureauName,
                         FilingStatus status, int attempts, Instant nextAttemptAt, String lastError, String receiptNo,
                         Instant receiptAt, String receiptBureau, String receiptJws, Instant deliveredAt, int replays,
                         String digest, Instant createdAt, String createdBy) {

    /** The subject's permanent link: {@code /reports/{id}} or {@code /hazards/{id}}. */
    public String subjectPath() {
        return reportId != null ? "/reports/" + reportId : "/hazards/" + hazardId;
    }
}
