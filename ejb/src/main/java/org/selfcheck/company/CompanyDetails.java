package org.selfcheck.company;

import java.time.Instant;
import java.util.List;

/** A company as services hand it out (never the entity). */
public record CompanyDetails(String creditCode, String name, String regionCode, String industryCode,
                             String industryName, boolean highRisk, StandardisationGrade standardisationGrade,
                             String address, List<SpecialField> specialFields, Instant registeredAt, String registeredBy, Instant updatedAt,
                             String updatedBy, long version) {
}
