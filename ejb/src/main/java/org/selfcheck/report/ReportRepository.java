package org.selfcheck.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** JPA access to quarterly reports; joins the caller's transaction. */
@ApplicationScoped
public class ReportRepository {

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    public Optional<ReportRecord> find(long id) {
        return Optional.ofNullable(em.find(ReportRecord.class, id));
    }

    public Optional<ReportRecord> lock(long id) {
        return Optional.ofNullable(em.find(ReportRecord.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** All versions of a company's reports, newest quarter and version first. */
    public List<ReportRecord> ofCompany(long companyId) {
        return em.createQuery("SELECT r FROM ReportRecord r WHERE r.companyId = :company ORDER BY r.quarter DESC, r.version DESC",
                ReportRecord.class).setParameter("company", companyId).getResultList();
    }

    public Optional<ReportRecord> latest(long companyId, String quarter) {
        return em.createQuery("SELECT r FROM ReportRecord r WHERE r.companyId = :company AND r.quarter = :quarter ORDER BY r.version DESC",
                        ReportRecord.class).setParameter("company", companyId).setParameter("quarter", quarter)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    /** The signed report sealed with this digest, if any. */
    public Optional<ReportRecord> signedByDigest(String digest) {
        return em.createQuery("SELECT r FROM ReportRecord r WHERE r.digest = :digest AND r.status = :signed ORDER BY r.id",
                        ReportRecord.class).setParameter("digest", digest).setParameter("signed", ReportRecord.Status.SIGNED)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    public ReportRecord add(ReportRecord r) {
        em.persist(r);
        em.flush();
        return r;
    }

    public void flush() {
        em.flush();
    }
}
