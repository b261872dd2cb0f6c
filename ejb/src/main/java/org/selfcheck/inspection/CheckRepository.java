package org.selfcheck.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import org.selfcheck.evidence.PhotoRef;
import org.selfcheck.shared.persistence.Sql;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** JPA access to checks, their participants, results, amendments and photos; joins the caller's transaction. */
@ApplicationScoped
public class CheckRepository {

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    public Optional<SafetyCheck> check(long id) {
        return Optional.ofNullable(em.find(SafetyCheck.class, id));
    }

    /** The check, its row locked until the transaction ends: changes to one check take turns. */
    public Optional<SafetyCheck> lock(long id) {
        return Optional.ofNullable(em.find(SafetyCheck.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<SafetyCheck> checks(long companyId, LocalDate from, LocalDate to) {
        return em.createQuery("""
                        SELECT c FROM SafetyCheck c WHERE c.companyId = :company AND c.checkDate >= :from AND c.checkDate <= :to
                        ORDER BY c.checkDate DESC, c.id DESC""", SafetyCheck.class)
                .setParameter("company", companyId).setParameter("from", from).setParameter("to", to).getResultList();
    }

    public List<CheckParticipant> participants(long checkId) {
        return participants(List.of(checkId)).getOrDefault(checkId, List.of());
    }

    /** The participants of some checks, by check id. */
    public Map<Long, List<CheckParticipant>> participants(Collection<Long> checkIds) {
        return checkIds.isEmpty() ? Map.of() : em.createQuery("SELECT p FROM CheckParticipant p WHERE p.checkId IN :checks",
                        CheckParticipant.class)
                .setParameter("checks", checkIds).getResultList().stream().collect(Collectors.groupingBy(CheckParticipant::checkId));
    }

    public List<CheckResult> results(long checkId) {
        return results(List.of(checkId)).getOrDefault(checkId, List.of());
    }

    /** The results of some checks in the order recorded, by check id. */
    public Map<Long, List<CheckResult>> results(Collection<Long> checkIds) {
        return checkIds.isEmpty() ? Map.of() : em.createQuery("SELECT r FROM CheckResult r WHERE r.checkId IN :checks ORDER BY r.id",
                        CheckResult.class)
                .setParameter("checks", checkIds).getResultList().stream().collect(Collectors.groupingBy(CheckResult::checkId));
    }

    /** Amendments of some checks' results, oldest first, by result id. */
    public Map<Long, List<CheckAmendment>> amendments(Collection<Long> checkIds) {
        return checkIds.isEmpty() ? Map.of() : em.createQuery("""
                        SELECT a FROM CheckAmendment a WHERE a.resultId IN
                            (SELECT r.id FROM CheckResult r WHERE r.checkId IN :checks) ORDER BY a.id""", CheckAmendment.class)
                .setParameter("checks", checkIds).getResultList().stream()
                .collect(Collectors.groupingBy(CheckAmendment::resultId));
    }

    /** The photos of some checks' results (without their bytes), by result id. */
    @SuppressWarnings("unchecked")
    public Map<Long, List<PhotoRef>> photos(Collection<Long> checkIds) {
        if (checkIds.isEmpty()) {
            return Map.of();
        }
        List<Tuple> rows = em.createNativeQuery("""
                        SELECT cp.result_id, e.id, e.sha256, e.content_type, e.size, e.width, e.height, e.file_name,
                               e.uploaded_at, e.uploaded_by
                        FROM check_photo cp JOIN evidence_file e ON e.id = cp.evidence_id
                        JOIN check_result r ON r.id = cp.result_id WHERE r.check_id = ANY (CAST(?1 AS bigint[])) ORDER BY e.id""",
                        Tuple.class)
                .setParameter(1, Sql.bigintArray(checkIds)).getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> number(r, "result_id").longValue(),
                Collectors.mapping(r -> new PhotoRef(number(r, "id").longValue(), r.get("sha256").toString(),
                        r.get("content_type", String.class), number(r, "size").longValue(), number(r, "width").intValue(),
                        number(r, "height").intValue(), r.get("file_name", String.class), Sql.instant(r.get("uploaded_at")),
                        r.get("uploaded_by", String.class)), Collectors.toList())));
    }

    private static Number number(Tuple row, String column) {
        return (Number) row.get(column);
    }

    public void linkPhoto(long resultId, long evidenceId) {
        em.createNativeQuery("INSERT INTO check_photo (result_id, evidence_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, resultId).setParameter(2, evidenceId).executeUpdate();
    }

    public <T> T add(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    public void flush() {
        em.flush();
    }
}
