package org.selfcheck.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Applications and their licences (V20); joins the caller's transaction. */
@ApplicationScoped
public class ApplicationRepository {

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    public void add(CompanyApplication application) {
        em.persist(application);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    public void addLicence(long applicationId, Licences.CheckedLicence licence, String fileName, byte[] data) {
        em.createNativeQuery("""
                        INSERT INTO application_licence (application_id, content_type, file_name, size, sha256, data)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, applicationId).setParameter(2, licence.contentType()).setParameter(3, fileName)
                .setParameter(4, licence.size()).setParameter(5, licence.sha256()).setParameter(6, data).executeUpdate();
    }

    public Optional<CompanyApplication> find(long id) {
        return Optional.ofNullable(em.find(CompanyApplication.class, id));
    }

    /** The application, locked until the transaction ends: one decision at a time. */
    public Optional<CompanyApplication> lock(long id) {
        return Optional.ofNullable(em.find(CompanyApplication.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Applications for sites within a region prefix ("" for all) in a state, oldest first. */
    public List<CompanyApplication> inRegion(String prefix, CompanyApplication.State state, int max) {
        return em.createQuery("""
                        SELECT a FROM CompanyApplication a WHERE a.regionCode LIKE :prefix AND a.state = :state
                        ORDER BY a.submittedAt, a.id""", CompanyApplication.class)
                .setParameter("prefix", prefix + "%").setParameter("state", state).setMaxResults(max).getResultList();
    }

    public Optional<LicenceFile> licence(long applicationId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                        SELECT content_type, file_name, data FROM application_licence WHERE application_id = ?1""", Tuple.class)
                .setParameter(1, applicationId).getResultList();
        return rows.stream().findFirst().map(t -> new LicenceFile(t.get("content_type", String.class),
                t.get("file_name", String.class), t.get("data", byte[].class)));
    }

    /**
     * How many applications came from one address, and with one e-mail address, since {@code since}; the caller
     * holds {@link #lockSubmitter} so that two at once are counted one after the other.
     */
    public long recentFrom(String submittedFrom, Instant since) {
        return ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM company_application WHERE submitted_from = ?1 AND submitted_at >= ?2""")
                .setParameter(1, submittedFrom).setParameter(2, Timestamp.from(since)).getSingleResult()).longValue();
    }

    public long recentWithEmail(String email, Instant since) {
        return ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM company_application WHERE lower(manager_email) = lower(?1) AND submitted_at >= ?2""")
                .setParameter(1, email).setParameter(2, Timestamp.from(since)).getSingleResult()).longValue();
    }

    /** Serialises the applications of one submitter (address and e-mail) across nodes until the transaction ends. */
    public void lockSubmitter(String key) {
        em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(hashtext(?1)) AS text)").setParameter(1, "application:" + key).getSingleResult();
    }
}
