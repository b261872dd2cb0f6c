package org.selfcheck.filing;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selfcheck.audit.AuditLog;
import org.selfcheck.catalogue.CatalogueItemDetails;
import org.selfcheck.catalogue.CatalogueService;
import org.selfcheck.company.Company;
import org.selfcheck.company.CompanyDetails;
import org.selfcheck.hazard.HazardExtension;
import org.selfcheck.hazard.HazardRecord;
import org.selfcheck.report.PortalKey;
import org.selfcheck.report.ReportSummary;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes filings into the outbox, in the transaction of the change that causes them (it refuses to run without
 * one): a report is filed if and only if its signature commits, a hazard if and only if it is recorded. The
 * delivery route sends them later; a crash in between loses nothing.
 *
 * <p>Routing happens here: the most specific active bureau of the directory takes the filing if it wants that
 * kind; a bureau that does not want the kind gets none (its choice); no bureau at all is an UNROUTED filing,
 * shown to the admins, never dropped. Each cause is filed once (a unique key and {@code ON CONFLICT DO NOTHING}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class FilingRecorder {

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    @Inject
    PortalKey portalKey;

    @Inject
    AuditLog audit;

    @Inject
    CatalogueService catalogue;

    @Inject
    Bureaus bureaus;

    /** The principal signed this report: file it with its seal. */
    public Optional<UUID> reportSigned(Company company, ReportSummary report, String sealedContent, String reportJws,
                                       String actor, Instant now) {
        return file(company, FilingEvent.REPORT_SIGNED, FilingEvent.REPORT_SIGNED + ":" + report.id(), report.id(), null,
                actor, now, id -> FilingDocument.report(id, now, company.toDetails(), report, sealedContent, reportJws));
    }

    /**
     * A hazard event: recorded, plan complete, extension approved ({@code extension} given), closed.
     *
     * @param deadline the deadline in force after the change
     */
    public Optional<UUID> hazard(FilingEvent event, Company company, HazardRecord hazard, LocalDate deadline,
                                 HazardExtension.Details extension, String actor, Instant now) {
        String itemReference = hazard.itemId() == null ? null
                : catalogue.itemsById(List.of(hazard.itemId())).stream().findFirst().map(CatalogueItemDetails::reference).orElse(null);
        String cause = event + ":" + (event == FilingEvent.EXTENSION_APPROVED ? extension.id() : hazard.id());
        return file(company, event, cause, null, hazard.id(), actor, now,
                id -> FilingDocument.hazard(id, event, now, company.toDetails(), hazard, itemReference, deadline, extension));
    }

    private Optional<UUID> file(Company company, FilingEvent event, String cause, Long reportId, Long hazardId,
                                String actor, Instant now, Function<UUID, JsonObject> document) {
        CompanyDetails details = company.toDetails();
        Optional<BureauEntry> bureau = BureauRouting.route(details.regionCode(), bureaus.all());
        if (bureau.isPresent() && !bureau.get().wants().contains(event.kind())) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        FilingDocument.Sealed sealed = FilingDocument.Sealed.of(document.apply(id), portalKey.signer());
        FilingStatus status = bureau.isPresent() ? FilingStatus.PENDING : FilingStatus.UNROUTED;
        int inserted = em.createNativeQuery("""
                        INSERT INTO filing (id, company_id, kind, event, cause, report_id, hazard_id, region_code, bureau_id,
                                            document, digest, jws, status, next_attempt_at, last_error, created_at,
                                            created_by, updated_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?16)
                        ON CONFLICT (cause) DO NOTHING""")
                .setParameter(1, id).setParameter(2, company.id()).setParameter(3, event.kind().name())
                .setParameter(4, event.name()).setParameter(5, cause).setParameter(6, reportId).setParameter(7, hazardId)
                .setParameter(8, details.regionCode()).setParameter(9, bureau.map(BureauEntry::id).orElse(null))
                .setParameter(10, sealed.canonicalJson()).setParameter(11, sealed.digest()).setParameter(12, sealed.jws())
                .setParameter(13, status.name())
                .setParameter(14, bureau.isPresent() ? Timestamp.from(now) : null)
                .setParameter(15, bureau.isPresent() ? null : "filing.noBureau")
                .setParameter(16, Timestamp.from(now)).setParameter(17, actor)
                .executeUpdate();
        if (inserted == 0) {
            return Optional.empty();
        }
        audit.record(AuditLog.companyChain(details.creditCode()), "filing", id, "FILE", null,
                Map.of("event", event.name(), "cause", cause, "status", status.name(), "digest", sealed.digest(),
                        "bureau", bureau.map(BureauEntry::name).orElse("")));
        return Optional.of(id);
    }
}
