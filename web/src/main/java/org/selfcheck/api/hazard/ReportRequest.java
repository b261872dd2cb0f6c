package org.selfcheck.api.hazard;

/**
 * A hazard found outside a quarterly check: source DAILY or BUREAU, found on (yyyy-MM-dd), by whom, and the id of
 * the catalogue item (重大事故隐患判定标准) it matches, required (the company's items: {@code GET /api/catalogue/checklist}).
 */
public record ReportRequest(String source, String description, String foundOn, String foundBy, Long itemId) {
}
