package org.selfcheck.api.organisation;

/** The first day (yyyy-MM-dd) something no longer holds. */
public record EndRequest(String date) {
}
