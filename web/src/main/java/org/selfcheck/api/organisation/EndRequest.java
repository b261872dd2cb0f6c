package org.selfcheck.api.organisation;

/** The last day (yyyy-MM-dd) something holds, included: a term's last day in office, a reason's last day. */
public record EndRequest(String date) {
}
