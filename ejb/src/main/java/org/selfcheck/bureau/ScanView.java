package org.selfcheck.bureau;

import org.selfcheck.inspection.ComplianceCalendar;
import org.selfcheck.report.ReportDue;

/**
 * 扫码入企: what an officer of the jurisdiction sees when he scans a company's code before an inspection: the
 * company, its inspections this year against its cap (section 三), and its self-check compliance.
 *
 * @param openMajorHazards    major hazards not yet closed
 * @param overdueMajorHazards of those, past the deadline in force before verification
 */
public record ScanView(String creditCode, String name, String regionCode, String address, int year,
                       InspectionCaps.Standing standing, ComplianceCalendar calendar, ReportDue lastReport,
                       int openMajorHazards, int overdueMajorHazards) {
}
