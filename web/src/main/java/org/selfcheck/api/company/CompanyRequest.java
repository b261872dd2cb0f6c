package org.selfcheck.api.company;

import org.selfcheck.company.CompanyProfileInput;

import java.util.List;

/**
 * A company profile sent to PUT /api/companies/{creditCode}. Validated by the domain, which reports every
 * invalid field at once; {@code version} (from a previous GET) guards against lost updates.
 */
public record CompanyRequest(String creditCode, String name, String regionCode, String industryCode,
                             String industryName, Boolean highRisk, String standardisationGrade, String address,
                             List<String> specialFields, Long version) {

    CompanyProfileInput toInput() {
        return new CompanyProfileInput(creditCode, name, regionCode, industryCode, industryName, highRisk,
                standardisationGrade, address, specialFields, version);
    }
}
