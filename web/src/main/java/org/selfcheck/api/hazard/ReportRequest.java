package org.selfcheck.api.hazard;

/** A hazard found outside a quarterly check: source DAILY or BUREAU, found on (yyyy-MM-dd), by whom, optional catalogue item id. */
public record ReportRequest(String source, String description, String foundOn, String foundBy, Long itemId) {
}
