package org.selfcheck.api.organisation;

/** Why the group has no member of a named category, from {@code start} (yyyy-MM-dd). */
public record ExplanationRequest(String category, String reason, String start) {
}
