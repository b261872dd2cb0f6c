package org.selfcheck.routes.port;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A company was registered or its profile updated. Carried as JSON on the company events queue.
 *
 * @param eventId    unique per event, so that a redelivered message is recorded once
 * @param type       {@link #REGISTERED}, {@link #UPDATED} or {@link #REGION_CHANGED}
 * @param occurredAt ISO-8601 instant of the change
 * @param actor      username of who made the change
 */
public record CompanyEvent(String eventId, String type, String creditCode, String companyName,
                           String regionCode, String occurredAt, String actor) {

    public static final String REGISTERED = "COMPANY_REGISTERED";
    public static final String UPDATED = "COMPANY_UPDATED";
    /** The competent bureau approved moving the production site ({@code regionCode} is the new one). */
    public static final String REGION_CHANGED = "COMPANY_REGION_CHANGED";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public CompanyEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(creditCode, "creditCode");
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
