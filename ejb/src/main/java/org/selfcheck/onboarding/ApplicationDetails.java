package org.selfcheck.onboarding;

import org.selfcheck.company.SpecialField;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An application as the competent bureau reads it.
 *
 * @param kind       {@code NEW}, or {@code CLAIM}: the credit code was registered already, the bureau decides who
 *                   manages the company
 * @param bureauName the bureau it went to (the routing of filings), none when no bureau has jurisdiction yet
 * @param registered whether the approval registered the company or bound the account to it
 */
public record ApplicationDetails(long id, String kind, String state, String creditCode, String name, String regionCode,
                                 String regionName, String industryCode, String industryName, boolean highRisk,
                                 String standardisationGrade, String certificateNo, LocalDate certificateValidUntil,
                                 String address, List<SpecialField> specialFields, String managerName,
                                 String managerMobile, String managerEmail, String bureauName, Instant submittedAt,
                                 Instant decidedAt, String decidedBy, String decisionReason, boolean registered,
                                 long version) {
}
