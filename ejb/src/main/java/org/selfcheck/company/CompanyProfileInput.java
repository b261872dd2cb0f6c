package org.selfcheck.company;

/**
 * A company profile as entered, unvalidated: what a form or a JSON request carries.
 *
 * @param expectedVersion the version the user edited, to refuse a lost update; null when registering
 */
public record CompanyProfileInput(String creditCode, String name, String regionCode, String industryCode,
                                  String industryName, Boolean highRisk, String standardisationGrade,
                                  String address, Long expectedVersion) {
}
