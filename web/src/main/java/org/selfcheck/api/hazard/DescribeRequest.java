package org.selfcheck.api.hazard;

import java.math.BigDecimal;

/** The three elements of the report and the plan (五落实); {@code version} guards against lost updates. */
public record DescribeRequest(String location, String presentState, String harm, String responsiblePerson,
                              String responsibleBody, String measures, BigDecimal fundsAmount, String fundsSource,
                              String deadline, String contingency, Long version) {
}
