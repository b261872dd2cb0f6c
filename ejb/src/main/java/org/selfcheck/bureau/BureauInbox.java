package org.selfcheck.bureau;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selfcheck.filing.FilingKind;
import org.selfcheck.report.seal.CanonicalJson;
import org.selfcheck.report.seal.Digests;
import org.selfcheck.security.CallerContext;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.ConflictException;
import org.selfcheck.shared.NotFoundException;
import org.selfcheck.shared.Quarter;
import org.selfcheck.shared.persistence.Sql;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

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
    @SuppressWarnings("unchecked")
    public List<InboxEntry> list(Filter filter) {
        Filter f = filter == null ? new Filter(null, null, null, null, null) : filter;
        String jurisdiction = Jurisdictions.of(callerContext.require());
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE i.region_code LIKE ?1");
        List<Object> params = new ArrayList<>(List.of(Jurisdictions.within(jurisdiction, f.county()) + "%"));
        if (f.quarter() != null) {
            params.add(Timestamp.from(f.quarter().first().atStartOfDay(Quarter.ZONE).toInstant()));
            sql.append(" AND i.received_at >= ?").append(params.size());
            params.add(Timestamp.from(f.quarter().last().plusDays(1).atStartOfDay(Quarter.ZONE).toInstant()));
            sql.append(" AND i.received_at < ?").append(params.size());
        }
        if (f.creditCode() != null) {
            params.add(f.creditCode());
            sql.append(" AND i.credit_code = ?").append(params.size());
        }
        if (f.kind() != null) {
            params.add(f.kind().name());
            sql.append(" AND i.kind = ?").append(params.size());
        }
        if (f.reviewed() != null) {
            sql.append(f.reviewed() ? " AND i.reviewed_at IS NOT NULL" : " AND i.reviewed_at IS NULL");
        }
        params.add(LIMIT);
        sql.append(" ORDER BY i.received_at DESC LIMIT ?").append(params.size());
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return ((List<Object[]>) query.getResultList()).stream().map(BureauInbox::entry).toList();
    }

    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    public Opened open(UUID filingId) {
        Object[] r = row(filingId);
        String document = (String) r[13];
        return new Opened(entry(r), document, Digests.sha256Hex(document).equals(r[12].toString().strip()),
                (String) r[14], (String) r[15]);
    }

    /** Marks a filing reviewed by the officer (once; the filing itself never changes). */
    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    public InboxEntry review(UUID filingId) {
        row(filingId);
        int updated = em.createNativeQuery("""
                        UPDATE intake_filing SET reviewed_at = ?2, reviewed_by = ?3 WHERE filing_id = ?1 AND reviewed_at IS NULL""")
                .setParameter(1, filingId).setParameter(2, Timestamp.from(clock.instant()))
                .setParameter(3, callerContext.require().username()).executeUpdate();
        if (updated == 0) {
            throw new ConflictException("inbox.reviewed");
        }
        return entry(row(filingId));
    }

    private static final String SELECT = """
            SELECT i.filing_id, i.receipt_no, i.received_at, i.bureau, i.credit_code, c.name, i.region_code, i.kind,
                   i.event, NULL, i.reviewed_at, i.reviewed_by, i.digest, i.document, i.portal_jws, i.receipt_jws
              FROM intake_filing i LEFT JOIN company c ON c.credit_code = i.credit_code""";

    private Object[] row(UUID filingId) {
        List<?> rows = em.createNativeQuery(SELECT + " WHERE i.filing_id = ?1 AND i.region_code LIKE ?2")
                .setParameter(1, filingId).setParameter(2, Jurisdictions.of(callerContext.require()) + "%").getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("inbox.notFound", filingId);
        }
        return (Object[]) rows.get(0);
    }

    private static InboxEntry entry(Object[] r) {
        return new InboxEntry(r[0].toString(), (String) r[1], Sql.instant(r[2]), (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], (String) r[7], (String) r[8], subject((String) r[13]), r[12].toString().strip(),
                Sql.instant(r[10]), (String) r[11]);
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
