package org.selfcheck.hazard;

import java.time.LocalDate;

/** A hazard as lists show it; {@code state} is PENDING (待整改) until remediation begins. */
public record HazardSummary(long id, String source, Long checkId, Long itemId, String description, LocalDate foundOn,
                            String state) {
}
