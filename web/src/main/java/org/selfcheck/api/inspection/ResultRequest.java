package org.selfcheck.api.inspection;

/**
 * One item's result: COMPLIANT, HAZARD (with a description) or NOT_APPLICABLE (with a reason); for an
 * amendment of a completed check, {@code why} it is corrected.
 */
public record ResultRequest(String result, String reason, String description, String why) {
}
