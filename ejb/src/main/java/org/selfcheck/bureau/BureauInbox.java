package org.selfcheck.bureau;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.selfcheck.filing.FilingKind;
import org.selfcheck.report.seal.CanonicalJson;
import org.selfcheck.report.seal.Digests;
import org.selfcheck.security.CallerContext;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.ConflictException;
import org.selfcheck.shared.NotFoundException;
import org.selfcheck.shared.Quarter;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The bureau's inbox: the filings its intake received from companies in the officer's jurisdiction (a provincial
 * officer the province, a county officer the county), filtered, opened as filed (with the digest checked again) and
 * marked reviewed. Another jurisdiction's filing does not exist for the officer (404).
 */
@Stateless
public class BureauInbox {

    static final int LIMIT = 500;

    @Inject
    IntakeRepository intake;

    @Inject
    Clock clock;

    @Inject
    CallerContext callerContext;

    /** Filters of the inbox; null means any. {@code county} is a region prefix within the jurisdiction. */
    public record Filter(Quarter quarter, String county, String creditCode, FilingKind kind, Boolean reviewed) {
    }

    /** A filing as filed: the entry, the document (canonical JSON) and whether it still matches its digest. */
    public record Opened(InboxEntry entry, String document, boolean digestMatches, String portalJws, String receiptJws) {
    }

    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<InboxEntry> list(Filter filter) {
        Filter f = filter == null ? new Filter(null, null, null, null, null) : filter;
        String jurisdiction = Jurisdictions.of(callerContext.require());
        return intake.received(Jurisdictions.within(jurisdiction, f.county()), f, LIMIT).stream().map(BureauInbox::entry).toList();
    }

    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    public Opened open(UUID filingId) {
        IntakeRepository.Row r = row(filingId);
        return new Opened(entry(r), r.document(), Digests.sha256Hex(r.document()).equals(r.digest()), r.portalJws(),
                r.receiptJws());
    }

    /** Marks a filing reviewed by the officer (once; the filing itself never changes). */
    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    public InboxEntry review(UUID filingId) {
        row(filingId);
        if (!intake.markReviewed(filingId, clock.instant(), callerContext.require().username())) {
            throw new ConflictException("inbox.reviewed");
        }
        return entry(row(filingId));
    }

    private IntakeRepository.Row row(UUID filingId) {
        return intake.find(filingId, Jurisdictions.of(callerContext.require()))
                .orElseThrow(() -> new NotFoundException("inbox.notFound", filingId));
    }

    private static InboxEntry entry(IntakeRepository.Row r) {
        return new InboxEntry(r.filingId(), r.receiptNo(), r.receivedAt(), r.bureau(), r.creditCode(), r.companyName(),
                r.regionCode(), r.kind(), r.event(), subject(r.document()), r.digest(), r.reviewedAt(), r.reviewedBy());
    }

    /** What the filing is about, for the list: the report's quarter and version, or the hazard's description. */
    static String subject(String document) {
        try {
            JsonObject d = CanonicalJson.parseObject(document);
            if (d.containsKey("report")) {
                JsonObject r = d.getJsonObject("report");
                return r.getString("quarter", "") + " v" + r.getInt("version", 1);
            }
            return d.containsKey("hazard") ? d.getJsonObject("hazard").getString("description", "") : "";
        } catch (RuntimeException e) {
            return "";
        }
    }
}
