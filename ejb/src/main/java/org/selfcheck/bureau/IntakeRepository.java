package org.selfcheck.bureau;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import org.selfcheck.shared.Quarter;
import org.selfcheck.shared.persistence.Sql;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The filings the bureau's intake received ({@code intake_filing}), stored once by filing id and read for the inbox,
 * rows mapped by column name; joins the caller's transaction.
 */
@ApplicationScoped
public class IntakeRepository {

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    /** A received filing as stored, with its company's name if the portal knows the company. */
    public record Row(String filingId, String receiptNo, Instant receivedAt, String bureau, String creditCode,
                      String companyName, String regionCode, String kind, String event, Instant reviewedAt,
                      String reviewedBy, String digest, String document, String portalJws, String receiptJws) {
    }

    private static final String SELECT = """
            SELECT i.filing_id, i.receipt_no, i.received_at, i.bureau, i.credit_code, c.name, i.region_code, i.kind,
                   i.event, NULL, i.reviewed_at, i.reviewed_by, i.digest, i.document, i.portal_jws, i.receipt_jws
              FROM intake_filing i LEFT JOIN company c ON c.credit_code = i.credit_code""";

    /** The next number of the receipts' sequence, unique across nodes. */
    public long nextReceiptSequence() {
        return ((Number) em.createNativeQuery("SELECT nextval('intake_receipt_seq')").getSingleResult()).longValue();
    }

    /**
     * Stores a checked filing with the receipt it is answered with, unless its filing id was received before
     * ({@code INSERT ... ON CONFLICT DO NOTHING}: then false and nothing is stored).
     */
    public boolean add(ReceivedFiling f, String receiptNo, Instant receivedAt, String receivedBy, String receiptJws,
                       String bureau) {
        return em.createNativeQuery("""
                        INSERT INTO intake_filing (filing_id, receipt_no, received_at, received_by, credit_code, region_code,
                                                   kind, event, digest, document, portal_jws, receipt_jws, bureau)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                        ON CONFLICT (filing_id) DO NOTHING""")
                .setParameter(1, f.filingId()).setParameter(2, receiptNo).setParameter(3, Timestamp.from(receivedAt))
                .setParameter(4, receivedBy).setParameter(5, f.creditCode()).setParameter(6, f.regionCode())
                .setParameter(7, f.kind().name()).setParameter(8, f.event().name()).setParameter(9, f.digest())
                .setParameter(10, f.canonicalDocument()).setParameter(11, f.portalJws()).setParameter(12, receiptJws)
                .setParameter(13, bureau)
                .executeUpdate() == 1;
    }

    /** The receipt a filing received before was answered with (not its first receipt now), with the digest stored. */
    public IntakeReceipt receiptOf(UUID filingId) {
        Tuple first = (Tuple) em.createNativeQuery("""
                        SELECT receipt_no, received_at, digest, receipt_jws, bureau FROM intake_filing WHERE filing_id = ?1""",
                        Tuple.class)
                .setParameter(1, filingId).getSingleResult();
        return new IntakeReceipt(first.get("receipt_no", String.class), Sql.instant(first.get("received_at")),
                filingId.toString(), first.get("digest").toString().strip(), first.get("bureau", String.class),
                first.get("receipt_jws", String.class), false);
    }

    /** The filings received from sites in a region prefix, filtered as the inbox asks, newest first. */
    @SuppressWarnings("unchecked")
    public List<Row> received(String regionPrefix, BureauInbox.Filter f, int max) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE i.region_code LIKE ?1");
        List<Object> params = new ArrayList<>(List.of(regionPrefix + "%"));
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
        params.add(max);
        sql.append(" ORDER BY i.received_at DESC LIMIT ?").append(params.size());
        var query = em.createNativeQuery(sql.toString(), Tuple.class);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return ((List<Tuple>) query.getResultList()).stream().map(IntakeRepository::row).toList();
    }

    /** A filing received from a site in the region prefix. */
    @SuppressWarnings("unchecked")
    public Optional<Row> find(UUID filingId, String regionPrefix) {
        List<Tuple> rows = em.createNativeQuery(SELECT + " WHERE i.filing_id = ?1 AND i.region_code LIKE ?2", Tuple.class)
                .setParameter(1, filingId).setParameter(2, regionPrefix + "%").getResultList();
        return rows.stream().findFirst().map(IntakeRepository::row);
    }

    /** Marks a filing reviewed; false if it already was. */
    public boolean markReviewed(UUID filingId, Instant at, String by) {
        return em.createNativeQuery("""
                        UPDATE intake_filing SET reviewed_at = ?2, reviewed_by = ?3 WHERE filing_id = ?1 AND reviewed_at IS NULL""")
                .setParameter(1, filingId).setParameter(2, Timestamp.from(at)).setParameter(3, by).executeUpdate() == 1;
    }

    private static Row row(Tuple t) {
        return new Row(t.get("filing_id").toString(), t.get("receipt_no", String.class), Sql.instant(t.get("received_at")),
                t.get("bureau", String.class), t.get("credit_code", String.class), t.get("name", String.class),
                t.get("region_code", String.class), t.get("kind", String.class), t.get("event", String.class),
                Sql.instant(t.get("reviewed_at")), t.get("reviewed_by", String.class), t.get("digest").toString().strip(),
                t.get("document", String.class), t.get("portal_jws", String.class), t.get("receipt_jws", String.class));
    }
}
