package org.selfcheck.company;

import java.time.Instant;

/** One entry of a company's history, as recorded by the company events route. */
public record CompanyEventDetails(String eventId, String type, String actor, Instant occurredAt, Instant recordedAt) {
}
