package org.selfcheck.onboarding;

import java.time.Instant;

/** A bureau officer's account as an administrator sees it: his jurisdiction by code and by name. */
public record OfficerDetails(String accountId, String email, String name, String mobile, String jurisdiction,
                             String jurisdictionName, boolean provinceAdmin, boolean enabled, Instant createdAt,
                             String createdBy) {
}
