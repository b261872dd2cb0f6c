package org.selfcheck.api.report;

/** The quarter to report (e.g. 2026Q4) and, for a correction of a signed report, why. */
public record PrepareRequest(String quarter, String correctionNote) {
}
