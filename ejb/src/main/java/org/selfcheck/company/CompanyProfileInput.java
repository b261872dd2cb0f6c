package org.selfcheck.company;

import java.util.List;

/**
 * A company profile as entered, unvalidated: what a form or a JSON request carries.
 *
 * @param specialFields   names of the {@link SpecialField}s the company has (null: none)
 * @param expectedVersion the version the user edited, to refuse a lost update; null when registering
 */
public record CompanyProfileInput(String creditCode, String name, String regionCode, String industryCode,
                                  String industryName, Boolean highRisk, String standardisationGrade,
                                  String address, List<String> specialFields, Long expectedVersion) {
}
