package org.selfcheck.api.bureau;

import java.util.List;

/**
 * A bureau inspection as posted: {@code date} ISO, {@code time} HH:mm when it began (optional), {@code type} PLANNED,
 * COMPLAINT, REFERRAL or MONITORING.
 */
public record InspectionBody(String company, String date, String time, String type, String officers, String exemptionReason,
                             List<FindingBody> findings) {
}
