package org.selfcheck.company;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import org.selfcheck.shared.persistence.Sql;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Region change requests in PostgreSQL (V14), rows mapped by column name; joins the caller's transaction. */
@ApplicationScoped
public class RegionChangeRepository {

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    private static final String SELECT = """
            SELECT r.id, c.credit_code, c.name, r.from_region, r.to_region, r.reason, r.requested_at, r.requested_by,
                   r.state, r.decided_at, r.decided_by, r.decision_note
              FROM company_region_change r JOIN company c ON c.id = r.company_id
            """;

    /** Records an open request; a second open one of the company hits the partial unique index (a unique violation). */
    public long add(long companyId, String fromRegion, String toRegion, String reason, Instant at, String by) {
        return ((Number) em.createNativeQuery("""
                        INSERT INTO company_region_change (company_id, from_region, to_region, reason, requested_at, requested_by)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id""")
                .setParameter(1, companyId).setParameter(2, fromRegion).setParameter(3, toRegion).setParameter(4, reason)
                .setParameter(5, Timestamp.from(at)).setParameter(6, by).getSingleResult()).longValue();
    }

    /** Decides (or withdraws) an open request; false if it was no longer open. */
    public boolean close(long id, String state, String note, Instant at, String by) {
        return em.createNativeQuery("""
                        UPDATE company_region_change SET state = ?2, decided_at = ?3, decided_by = ?4, decision_note = ?5
                         WHERE id = ?1 AND state = 'PENDING'""")
                .setParameter(1, id).setParameter(2, state).setParameter(3, Timestamp.from(at)).setParameter(4, by)
                .setParameter(5, note).executeUpdate() == 1;
    }

    public Optional<RegionChange> find(long id) {
        return rows(SELECT + " WHERE r.id = ?1", id).stream().findFirst();
    }

    /** A company's requests, newest first. */
    public List<RegionChange> ofCompany(String creditCode, int max) {
        return rows(SELECT + " WHERE c.credit_code = ?1 ORDER BY r.requested_at DESC, r.id DESC", creditCode, max);
    }

    /** The open requests of sites in a region prefix ("" for all), oldest first. */
    public List<RegionChange> pendingIn(String regionPrefix, int max) {
        return rows(SELECT + " WHERE r.state = 'PENDING' AND r.from_region LIKE ?1 ORDER BY r.requested_at, r.id",
                regionPrefix + "%", max);
    }

    private List<RegionChange> rows(String sql, Object parameter) {
        return rows(sql, parameter, 1);
    }

    @SuppressWarnings("unchecked")
    private List<RegionChange> rows(String sql, Object parameter, int max) {
        List<Tuple> rows = em.createNativeQuery(sql, Tuple.class).setParameter(1, parameter).setMaxResults(max).getResultList();
        return rows.stream().map(t -> new RegionChange(((Number) t.get("id")).longValue(), t.get("credit_code", String.class),
                t.get("name", String.class), t.get("from_region", String.class), t.get("to_region", String.class),
                t.get("reason", String.class), Sql.instant(t.get("requested_at")), t.get("requested_by", String.class),
                t.get("state", String.class), Sql.instant(t.get("decided_at")), t.get("decided_by", String.class),
                t.get("decision_note", String.class))).toList();
    }
}
