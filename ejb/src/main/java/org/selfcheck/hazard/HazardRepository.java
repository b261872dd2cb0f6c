package org.selfcheck.hazard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.selfcheck.evidence.PhotoRef;
import org.selfcheck.shared.persistence.Sql;

import jakarta.persistence.Tuple;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
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
                .setParameter("ids", hazardIds).getResultList().stream()
                .collect(Collectors.groupingBy(HazardExtension::hazardId));
    }

    public Optional<HazardExtension> extension(long id) {
        return Optional.ofNullable(em.find(HazardExtension.class, id));
    }

    public List<HazardUpdate.Details> updates(long hazardId) {
        return em.createQuery("SELECT u FROM HazardUpdate u WHERE u.hazardId = :hazard ORDER BY u.id", HazardUpdate.class)
                .setParameter("hazard", hazardId).getResultList().stream().map(HazardUpdate::toDetails).toList();
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

    /** Each hazard's version in force just before {@code instant}; a hazard recorded from then on has none. */
    @SuppressWarnings("unchecked")
    public Map<Long, HazardVersion> versionsBefore(Collection<Long> hazardIds, Instant instant) {
        if (hazardIds.isEmpty()) {
            return Map.of();
        }
        List<Tuple> rows = em.createNativeQuery("""
                        SELECT DISTINCT ON (hazard_id) hazard_id, valid_from, state, location, responsible_person, responsible_body,
                               measures, funds_amount, funds_source, deadline, contingency
                          FROM hazard_history WHERE hazard_id = ANY (CAST(?1 AS bigint[])) AND valid_from < ?2
                         ORDER BY hazard_id, valid_from DESC, id DESC""", Tuple.class)
                .setParameter(1, Sql.bigintArray(hazardIds)).setParameter(2, Timestamp.from(instant)).getResultList();
        return rows.stream().map(t -> new HazardVersion(t.get("hazard_id", Number.class).longValue(), Sql.instant(t.get("valid_from")),
                        HazardState.valueOf(t.get("state", String.class)), t.get("location", String.class),
                        new RemediationPlan(t.get("responsible_person", String.class), t.get("responsible_body", String.class),
                                t.get("measures", String.class), t.get("funds_amount", BigDecimal.class),
                                t.get("funds_source", String.class), Sql.localDate(t.get("deadline")), t.get("contingency", String.class))))
                .collect(Collectors.toMap(HazardVersion::hazardId, v -> v));
    }

    /** The bureau findings bound to each hazard, earliest inspection first. */
    @SuppressWarnings("unchecked")
    public Map<Long, List<FindingLink>> findingLinks(Collection<Long> hazardIds) {
        if (hazardIds.isEmpty()) {
            return Map.of();
        }
        List<Tuple> rows = em.createNativeQuery("""
                        SELECT hazard_id, finding_id, inspection_id, found_at, recorded_after FROM hazard_finding_link
                         WHERE hazard_id = ANY (CAST(?1 AS bigint[])) ORDER BY found_at, finding_id""", Tuple.class)
                .setParameter(1, Sql.bigintArray(hazardIds)).getResultList();
        return rows.stream().map(t -> new FindingLink(t.get("hazard_id", Number.class).longValue(),
                        t.get("finding_id", Number.class).longValue(), t.get("inspection_id", Number.class).longValue(),
                        Sql.instant(t.get("found_at")), t.get("recorded_after", Boolean.class)))
                .collect(Collectors.groupingBy(FindingLink::hazardId));
    }

    /** Every bureau finding of the company's inspections. */
    @SuppressWarnings("unchecked")
    public List<BureauFinding> bureauFindings(long companyId) {
        List<Tuple> rows = em.createNativeQuery("""
                        SELECT f.id, f.inspection_id, f.item_id, f.location, i.started_at, f.matched_hazard_id
                          FROM inspection_finding f JOIN bureau_inspection i ON i.id = f.inspection_id
                         WHERE i.company_id = ?1 ORDER BY i.started_at, f.id""", Tuple.class)
                .setParameter(1, companyId).getResultList();
        return rows.stream().map(t -> new BureauFinding(t.get("id", Number.class).longValue(),
                t.get("inspection_id", Number.class).longValue(), t.get("item_id", Number.class).longValue(),
                t.get("location", String.class), Sql.instant(t.get("started_at")),
                t.get("matched_hazard_id") == null ? null : t.get("matched_hazard_id", Number.class).longValue())).toList();
    }

    /** Binds a finding to a hazard, once: a second binding of the same pair changes nothing. */
    public void link(FindingLink link, Instant now) {
        em.createNativeQuery("""
                        INSERT INTO hazard_finding_link (hazard_id, finding_id, inspection_id, found_at, recorded_after, linked_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING""")
                .setParameter(1, link.hazardId()).setParameter(2, link.findingId()).setParameter(3, link.inspectionId())
                .setParameter(4, Timestamp.from(link.foundAt())).setParameter(5, link.recordedAfter())
                .setParameter(6, Timestamp.from(now)).executeUpdate();
    }

    public void linkPhoto(long hazardId, long evidenceId, String kind) {
        em.createNativeQuery("INSERT INTO hazard_photo (hazard_id, evidence_id, kind) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, hazardId).setParameter(2, evidenceId).setParameter(3, kind).executeUpdate();
    }

    /** The hazards some checks opened, in order. */
    public List<Hazard> ofChecks(java.util.Collection<Long> checkIds) {
        return checkIds.isEmpty() ? List.of() : em.createQuery("SELECT h FROM Hazard h WHERE h.checkId IN :checks ORDER BY h.id",
                        Hazard.class)
                .setParameter("checks", checkIds).getResultList();
    }

    /** Whether a check's result has opened a hazard. */
    public boolean openedBy(long resultId) {
        return !em.createQuery("SELECT h.id FROM Hazard h WHERE h.resultId = :result", Long.class)
                .setParameter("result", resultId).getResultList().isEmpty();
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
