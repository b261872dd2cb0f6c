package org.selfcheck.hazard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.selfcheck.evidence.PhotoRef;
import org.selfcheck.shared.persistence.Sql;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** JPA access to hazards, their extensions, steps and photos; joins the caller's transaction. */
@ApplicationScoped
public class HazardRepository {

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    public Optional<Hazard> find(long id) {
        return Optional.ofNullable(em.find(Hazard.class, id));
    }

    /** The hazard, its row locked until the transaction ends: changes to one hazard take turns. */
    public Optional<Hazard> lock(long id) {
        return Optional.ofNullable(em.find(Hazard.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** A company's hazards found in a period (null: any), newest first. */
    public List<Hazard> ofCompany(long companyId, LocalDate from, LocalDate to, HazardState state) {
        var query = em.createQuery("SELECT h FROM Hazard h WHERE h.companyId = :company"
                        + " AND h.foundOn >= :from AND h.foundOn <= :to" + (state == null ? "" : " AND h.state = :state")
                        + " ORDER BY h.foundOn DESC, h.id DESC", Hazard.class)
                .setParameter("company", companyId)
                .setParameter("from", from == null ? LocalDate.of(1900, 1, 1) : from)
                .setParameter("to", to == null ? LocalDate.of(9999, 12, 31) : to);
        if (state != null) {
            query.setParameter("state", state);
        }
        return query.getResultList();
    }

    public List<HazardExtension> extensions(long hazardId) {
        return em.createQuery("SELECT e FROM HazardExtension e WHERE e.hazardId = :hazard ORDER BY e.id", HazardExtension.class)
                .setParameter("hazard", hazardId).getResultList();
    }

    /** Extensions of many hazards at once, by hazard id (the ledger needs every effective deadline). */
    public Map<Long, List<HazardExtension>> extensions(List<Long> hazardIds) {
        if (hazardIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT e FROM HazardExtension e WHERE e.hazardId IN :ids ORDER BY e.id", HazardExtension.class)
                .setParameter("ids", hazardIds).getResultStream()
                .collect(Collectors.groupingBy(HazardExtension::hazardId));
    }

    public Optional<HazardExtension> extension(long id) {
        return Optional.ofNullable(em.find(HazardExtension.class, id));
    }

    public List<HazardUpdate.Details> updates(long hazardId) {
        return em.createQuery("SELECT u FROM HazardUpdate u WHERE u.hazardId = :hazard ORDER BY u.id", HazardUpdate.class)
                .setParameter("hazard", hazardId).getResultStream().map(HazardUpdate::toDetails).toList();
    }

    /** Photos of the hazard by kind, and those of the check item that found it (as photos before). */
    @SuppressWarnings("unchecked")
    public List<HazardDetails.Photo> photos(long hazardId) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT kind, e.id, e.sha256, e.content_type, e.size, e.width, e.height, e.file_name, e.uploaded_at, e.uploaded_by
                        FROM (SELECT hp.kind, hp.evidence_id FROM hazard_photo hp WHERE hp.hazard_id = ?1
                              UNION SELECT 'BEFORE', cp.evidence_id FROM check_photo cp JOIN hazard h ON h.result_id = cp.result_id
                              WHERE h.id = ?1) p
                        JOIN evidence_file e ON e.id = p.evidence_id ORDER BY e.id""")
                .setParameter(1, hazardId).getResultList();
        return rows.stream().map(r -> new HazardDetails.Photo(new PhotoRef(((Number) r[1]).longValue(), r[2].toString(),
                (String) r[3], ((Number) r[4]).longValue(), ((Number) r[5]).intValue(), ((Number) r[6]).intValue(),
                (String) r[7], Sql.instant(r[8]), (String) r[9]), (String) r[0])).toList();
    }

    /** The first photo of each hazard (its own, or the check item's), by hazard id: one query for a whole ledger page. */
    @SuppressWarnings("unchecked")
    public Map<Long, Long> firstPhotos(List<Long> hazardIds) {
        if (hazardIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT p.hazard_id, min(p.evidence_id) FROM (
                            SELECT hp.hazard_id, hp.evidence_id FROM hazard_photo hp WHERE hp.hazard_id = ANY(CAST(?1 AS bigint[]))
                            UNION ALL
                            SELECT h.id, cp.evidence_id FROM hazard h JOIN check_photo cp ON cp.result_id = h.result_id
                            WHERE h.id = ANY(CAST(?1 AS bigint[]))) p
                        GROUP BY p.hazard_id""")
                .setParameter(1, Sql.bigintArray(hazardIds))
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
    }

    public void linkPhoto(long hazardId, long evidenceId, String kind) {
        em.createNativeQuery("INSERT INTO hazard_photo (hazard_id, evidence_id, kind) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, hazardId).setParameter(2, evidenceId).setParameter(3, kind).executeUpdate();
    }

    public <T> T add(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    public void flush() {
        em.flush();
    }
}
