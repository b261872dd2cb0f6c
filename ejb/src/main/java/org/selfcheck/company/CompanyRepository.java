package org.selfcheck.company;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import org.selfcheck.shared.persistence.Sql;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** JPA access to companies and their event history; joins the caller's transaction. */
@ApplicationScoped
public class CompanyRepository {

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    public Optional<Company> findByCreditCode(String creditCode) {
        return em.createQuery("SELECT c FROM Company c WHERE c.creditCode = :code", Company.class)
                .setParameter("code", creditCode)
                .getResultList().stream().findFirst();
    }

    /** The company, its row locked until the transaction ends: changes to one company's records take turns, on any node. */
    public Optional<Company> lockByCreditCode(String creditCode) {
        return em.createQuery("SELECT c FROM Company c WHERE c.creditCode = :code", Company.class)
                .setParameter("code", creditCode)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst();
    }

    public Optional<Company> findById(long id) {
        return Optional.ofNullable(em.find(Company.class, id));
    }

    public void add(Company company) {
        em.persist(company);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    /** Companies whose production site lies within a region prefix, by credit code; uses the prefix index. */
    public List<Company> findInRegion(String regionPrefix, int first, int max) {
        return em.createQuery("SELECT c FROM Company c WHERE c.regionCode LIKE :prefix ORDER BY c.creditCode", Company.class)
                .setParameter("prefix", regionPrefix + "%")
                .setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    /** Records an event once: a redelivered event id hits the unique constraint and is skipped. */
    public boolean recordEvent(UUID eventId, String creditCode, String type, String actor,
                               java.time.Instant occurredAt, String payload) {
        int inserted = em.createNativeQuery("""
                        INSERT INTO company_event (event_id, company_id, type, actor, occurred_at, payload)
                        SELECT ?1, c.id, ?2, ?3, ?4, CAST(?5 AS jsonb) FROM company c WHERE c.credit_code = ?6
                        ON CONFLICT (event_id) DO NOTHING""")
                .setParameter(1, eventId)
                .setParameter(2, type)
                .setParameter(3, actor)
                .setParameter(4, Timestamp.from(occurredAt))
                .setParameter(5, payload)
                .setParameter(6, creditCode)
                .executeUpdate();
        return inserted == 1;
    }

    public List<CompanyEventDetails> events(String creditCode, int max) {
        List<Tuple> rows = em.createNativeQuery("""
                        SELECT CAST(e.event_id AS text) AS event_id, e.type, e.actor, e.occurred_at, e.recorded_at
                        FROM company_event e JOIN company c ON c.id = e.company_id
                        WHERE c.credit_code = ?1 ORDER BY e.occurred_at DESC, e.id DESC""", Tuple.class)
                .setParameter(1, creditCode)
                .setMaxResults(max)
                .getResultList();
        return rows.stream().map(t -> new CompanyEventDetails(t.get("event_id", String.class), t.get("type", String.class),
                t.get("actor", String.class), Sql.instant(t.get("occurred_at")), Sql.instant(t.get("recorded_at")))).toList();
    }
}
