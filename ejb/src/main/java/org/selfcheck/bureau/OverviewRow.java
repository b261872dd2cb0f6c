package org.selfcheck.bureau;

import java.time.Instant;

/**
 * One company of the jurisdiction overview for a quarter.
 *
 * @param checkDone        a self-check dated in the quarter and completed before it ended (R3, {@code InTime.covers})
 * @param checkLate        a self-check dated in the quarter was completed only after it ended (逾期补录): it does not
 *                         make the quarter checked
 * @param report           the quarter's report: ON_TIME (the bureau's receipt by the due date), LATE, NOT_DUE (no
 *                         receipt, not due yet) or MISSING
 * @param reportReceivedAt the bureau's receipt of the signed report, if any
 * @param principalAttended the principal confirmed his attendance of a completed check in the quarter's year, both
 *                         within that year (R5, {@code InTime.attends})
 * @param openHazards      major hazards not yet closed
 * @param overdueHazards   of those, past the deadline in force before verification
 * @param notSelfFound     hazards not self-found (非自查发现): found by the bureau, or recorded only after a bureau finding
 */
public record OverviewRow(String creditCode, String name, String regionCode, boolean checkDone, boolean checkLate,
                          String report, Instant reportReceivedAt, boolean principalAttended, int openHazards,
                          int overdueHazards, int notSelfFound) {
}
