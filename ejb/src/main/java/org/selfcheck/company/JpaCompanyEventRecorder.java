package org.selfcheck.company;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.selfcheck.routes.port.CompanyEvent;
import org.selfcheck.routes.port.CompanyEventRecorder;
import org.selfcheck.security.SystemProcess;

import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;

/** Implements the company events route's port: stores the event in the company's history, once. */
@Stateless
@Local(CompanyEventRecorder.class)
@SystemProcess("company-events")
public class JpaCompanyEventRecorder implements CompanyEventRecorder {

    private static final Logger LOG = Logger.getLogger(JpaCompanyEventRecorder.class.getName());

    @Inject
    CompanyRepository companies;

    @Override
    public void record(CompanyEvent event) {
        boolean stored = companies.recordEvent(UUID.fromString(event.eventId()), event.creditCode(), event.type(),
                event.actor(), Instant.parse(event.occurredAt()), event.toJson());
        if (!stored) {
            LOG.fine(() -> "event " + event.eventId() + " was recorded before or names no company");
        }
    }
}
