package org.selfcheck.api.organisation;

/**
 * A person joins the inspection group in a category; dates are yyyy-MM-dd, {@code end} (his last day in office,
 * included, not before {@code start}) optional.
 */
public record MemberRequest(Long personId, String category, String certificateNo, String start, String end) {
}
