package org.selfcheck.api.hazard;

/** A remediation step: a note, and for verification whether it {@code passed}; for an extension the new deadline and reason. */
public record StepRequest(String text, Boolean passed, String deadline, Boolean approve) {
}
