package org.selfcheck.filing;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.selfcheck.catalogue.CatalogueItemDetails;
import org.selfcheck.catalogue.CatalogueService;
import org.selfcheck.company.Company;
import org.selfcheck.company.CompanyDetails;
import org.selfcheck.hazard.HazardMilestone;
import org.selfcheck.hazard.HazardRecord;
import org.selfcheck.report.PortalKey;
import org.selfcheck.report.ReportSigned;
import org.selfcheck.shared.AuditedChange;
import org.selfcheck.shared.ObserverOrder;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes filings into the outbox, in the transaction of the change that causes them (it refuses to run without
 * one): a report is filed if and only if its signature commits, a hazard if and only if it is recorded. It observes
 * the events that cause filings, {@link ReportSigned} and {@link HazardMilestone}, after their audit entry
 * ({@link ObserverOrder#FILING}); a failure here rolls the change back. The
 * delivery route sends them later; a crash in between loses nothing.
 *
 * <p>Routing happens here: the most specific active bureau of the directory takes the filing if it wants that
 * kind; a bureau that does not want the kind gets none (its choice); no bureau at all is an UNROUTED filing,
 * shown to the admins, never dropped. Each cause is filed once (a unique key and {@code ON CONFLICT DO NOTHING}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class FilingRecorder {

    /** The audit trail's entity type of filings. */
    static final String FILING = "filing";

    @Inject
    FilingRepository filings;

    @Inject
    PortalKey portalKey;

    @Inject
    Event<AuditedChange> changes;

    @Inject
    CatalogueService catalogue;

    @Inject
    BureauRepository bureaus;

    /** The principal signed this report: file it with its seal. */
    public void reportSigned(@Observes @Priority(ObserverOrder.FILING) ReportSigned signed) {
        Company company = signed.company();
        Instant now = signed.at();
        file(company, FilingEvent.REPORT_SIGNED, FilingEvent.REPORT_SIGNED + ":" + signed.report().id(), signed.report().id(),
                null, signed.actor(), now, id -> FilingDocument.report(id, now, company.toDetails(), signed.report(),
                        signed.sealedContent(), signed.jws()));
    }

    /** A step of a hazard the bureau is told of: recorded, plan complete, extension approved, closed. */
    public void hazard(@Observes @Priority(ObserverOrder.FILING) HazardMilestone m) {
        FilingEvent event = switch (m.kind()) {
            case RECORDED -> FilingEvent.HAZARD_RECORDED;
            case PLAN_COMPLETE -> FilingEvent.PLAN_COMPLETE;
            case EXTENSION_APPROVED -> FilingEvent.EXTENSION_APPROVED;
            case CLOSED -> FilingEvent.HAZARD_CLOSED;
        };
        HazardRecord hazard = m.hazard();
        String itemReference = hazard.itemId() == null ? null
                : catalogue.itemsById(List.of(hazard.itemId())).stream().findFirst().map(CatalogueItemDetails::reference).orElse(null);
        String cause = event + ":" + (event == FilingEvent.EXTENSION_APPROVED ? m.extension().id() : hazard.id());
        file(m.company(), event, cause, null, hazard.id(), m.actor(), m.at(), id -> FilingDocument.hazard(id, event, m.at(),
                m.company().toDetails(), hazard, itemReference, m.deadline(), m.extension()));
    }

    private Optional<UUID> file(Company company, FilingEvent event, String cause, Long reportId, Long hazardId,
                                String actor, Instant now, Function<UUID, JsonObject> document) {
        CompanyDetails details = company.toDetails();
        Optional<BureauEntry> bureau = BureauRouting.route(details.regionCode(), bureaus.over(details.regionCode()));
        if (bureau.isPresent() && !bureau.get().wants().contains(event.kind())) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        FilingDocument.Sealed sealed = FilingDocument.Sealed.of(document.apply(id), portalKey.signer());
        boolean routed = bureau.isPresent();
        FilingStatus status = routed ? FilingStatus.PENDING : FilingStatus.UNROUTED;
        if (!filings.add(new FilingRepository.NewFiling(id, company.id(), event, cause, reportId, hazardId,
                details.regionCode(), bureau.map(BureauEntry::id).orElse(null), sealed, status, routed ? now : null,
                routed ? null : "filing.noBureau", now, actor))) {
            return Optional.empty();
        }
        changes.fire(AuditedChange.of(details.creditCode(), FILING, id, "FILE", null,
                Map.of("event", event.name(), "cause", cause, "status", status.name(), "digest", sealed.digest(),
                        "bureau", bureau.map(BureauEntry::name).orElse(""))));
        return Optional.of(id);
    }
}
