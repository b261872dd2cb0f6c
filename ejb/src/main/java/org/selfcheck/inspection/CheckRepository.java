package org.selfcheck.inspection;

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
        return em.createQuery("SELECT p FROM CheckParticipant p WHERE p.checkId = :check", CheckParticipant.class)
                .setParameter("check", checkId).getResultList();
    }

    public List<CheckResult> results(long checkId) {
        return em.createQuery("SELECT r FROM CheckResult r WHERE r.checkId = :check ORDER BY r.id", CheckResult.class)
                .setParameter("check", checkId).getResultList();
    }

    /** Amendments of a check's results, oldest first, by result id. */
    public Map<Long, List<CheckAmendment>> amendments(long checkId) {
        return em.createQuery("""
                        SELECT a FROM CheckAmendment a WHERE a.resultId IN
                            (SELECT r.id FROM CheckResult r WHERE r.checkId = :check) ORDER BY a.id""", CheckAmendment.class)
                .setParameter("check", checkId).getResultStream()
                .collect(Collectors.groupingBy(CheckAmendment::resultId));
    }

    /** The photos of a check's results (without their bytes), by result id. */
    @SuppressWarnings("unchecked")
    public Map<Long, List<PhotoRef>> photos(long checkId) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT cp.result_id, e.id, e.sha256, e.content_type, e.size, e.width, e.height, e.file_name,
                               e.uploaded_at, e.uploaded_by
                        FROM check_photo cp JOIN evidence_file e ON e.id = cp.evidence_id
                        JOIN check_result r ON r.id = cp.result_id WHERE r.check_id = ?1 ORDER BY e.id""")
                .setParameter(1, checkId).getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> ((Number) r[0]).longValue(),
                Collectors.mapping(r -> new PhotoRef(((Number) r[1]).longValue(), r[2].toString(), (String) r[3],
                        ((Number) r[4]).longValue(), ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), (String) r[7],
                        Sql.instant(r[8]), (String) r[9]), Collectors.toList())));
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
