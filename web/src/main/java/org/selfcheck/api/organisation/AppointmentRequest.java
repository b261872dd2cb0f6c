package org.selfcheck.api.organisation;

/** A person takes a role (principal, leadership member, designated leader) from {@code start} (yyyy-MM-dd). */
public record AppointmentRequest(Long personId, String start, String note) {
}
