package org.selfcheck.bureau;

import java.time.Instant;

/**
 * One company of the jurisdiction overview for a quarter.
 *
 * @param checkDone        a completed self-check dated in the quarter (R3)
 * @param report           the quarter's report: ON_TIME (the bureau's receipt by the due date), LATE, NOT_DUE (no
 *                         receipt, not due yet) or MISSING
 * @param reportReceivedAt the bureau's receipt of the signed report, if any
 * @param principalAttended the principal confirmed his attendance of a completed check in the quarter's year (R5)
 * @param openHazards      major hazards not yet closed
 * @param overdueHazards   of those, past the deadline in force before verification
 * @param notSelfFound     hazards not self-found (非自查发现): found by the bureau, or recorded only after a bureau finding
 */
public record OverviewRow(String creditCode, String name, String regionCode, boolean checkDone, String report,
                          Instant reportReceivedAt, boolean principalAttended, int openHazards, int overdueHazards,
                          int notSelfFound) {
}
