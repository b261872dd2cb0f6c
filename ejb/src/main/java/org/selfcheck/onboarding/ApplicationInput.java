package org.selfcheck.onboarding;

import org.selfcheck.company.CompanyProfileInput;

/**
 * An application as submitted, before any check.
 *
 * @param company               the company's profile as it will be registered
 * @param certificateNo         the standardisation certificate's number (none for 未定级)
 * @param certificateValidUntil its last day of validity, ISO date
 */
public record ApplicationInput(CompanyProfileInput company, String certificateNo, String certificateValidUntil,
                               String managerName, String managerMobile, String managerEmail) {
}
