package org.selfcheck.report;

import java.time.LocalDate;

/**
 * The report on the last ended quarter: SIGNED (with the report's id), DUE until {@code dueDate}, or OVERDUE
 * after it.
 */
public record ReportDue(String quarter, LocalDate dueDate, String state, Long reportId) {
}
