package org.selfcheck.report;

import org.selfcheck.shared.Quarter;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The report on the last ended quarter: SIGNED_ON_TIME or SIGNED_LATE (with the report's id and when it was first
 * signed), DUE until {@code dueDate}, or OVERDUE after it. Whether a signature came in time is decided by the day it
 * was first signed in China (a correction signed later does not change it): on or before the due day is on time.
 */
public record ReportDue(String quarter, LocalDate dueDate, String state, Long reportId, Instant signedAt) {

    /**
     * @param firstSigned the first signed version of the quarter's report, or null
     * @param signedAt    when that version was signed
     */
    public static ReportDue of(String quarter, LocalDate dueDate, LocalDate today, Long firstSigned, Instant signedAt) {
        String state;
        if (firstSigned != null) {
            state = signedAt.atZone(Quarter.ZONE).toLocalDate().isAfter(dueDate) ? "SIGNED_LATE" : "SIGNED_ON_TIME";
        } else {
            state = today.isAfter(dueDate) ? "OVERDUE" : "DUE";
        }
        return new ReportDue(quarter, dueDate, state, firstSigned, firstSigned == null ? null : signedAt);
    }
}
