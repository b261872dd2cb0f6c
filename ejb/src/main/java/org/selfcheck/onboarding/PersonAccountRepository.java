package org.selfcheck.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The invited accounts of people (V21) and the once-a-day claims of daily jobs; joins the caller's transaction. */
@ApplicationScoped
public class PersonAccountRepository {

    /** An invited account and the roles and state last given to it. */
    public record PersonAccount(long personId, long companyId, String accountId, String email, boolean safetyManager,
                                String roles, boolean enabled) {
    }

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    public void add(long personId, long companyId, String accountId, String email, String mobile, boolean safetyManager,
                    String actor, Instant now) {
        em.createNativeQuery("""
                        INSERT INTO person_account (person_id, company_id, account_id, email, mobile, safety_manager,
                                                    invited_at, invited_by)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, personId).setParameter(2, companyId).setParameter(3, accountId).setParameter(4, email)
                .setParameter(5, mobile).setParameter(6, safetyManager).setParameter(7, Timestamp.from(now))
                .setParameter(8, actor).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<PersonAccount> ofCompany(long companyId) {
        List<Tuple> rows = em.createNativeQuery("""
                        SELECT person_id, company_id, account_id, email, safety_manager, roles, enabled
                          FROM person_account WHERE company_id = ?1 ORDER BY person_id""", Tuple.class)
                .setParameter(1, companyId).getResultList();
        return rows.stream().map(t -> new PersonAccount(t.get("person_id", Number.class).longValue(),
                t.get("company_id", Number.class).longValue(), t.get("account_id", String.class), t.get("email", String.class),
                t.get("safety_manager", Boolean.class), t.get("roles", String.class), t.get("enabled", Boolean.class))).toList();
    }

    public void synced(long personId, String roles, boolean enabled, Instant now) {
        em.createNativeQuery("UPDATE person_account SET roles = ?2, enabled = ?3, synced_at = ?4 WHERE person_id = ?1")
                .setParameter(1, personId).setParameter(2, roles).setParameter(3, enabled).setParameter(4, Timestamp.from(now))
                .executeUpdate();
    }

    /** A company with invited accounts. */
    public record CompanyRef(long id, String creditCode) {
    }

    /** The companies that have invited accounts. */
    @SuppressWarnings("unchecked")
    public List<CompanyRef> companies() {
        List<Tuple> rows = em.createNativeQuery("""
                        SELECT c.id, c.credit_code FROM company c
                         WHERE EXISTS (SELECT 1 FROM person_account a WHERE a.company_id = c.id) ORDER BY c.id""", Tuple.class)
                .getResultList();
        return rows.stream().map(t -> new CompanyRef(t.get("id", Number.class).longValue(), t.get("credit_code", String.class)))
                .toList();
    }

    /** Claims today's run of a daily job: true for the one node whose insert took the day. */
    public boolean claimDay(String job, LocalDate day, Instant now) {
        return !em.createNativeQuery("""
                        INSERT INTO daily_job_run (job, day, started_at) VALUES (?1, ?2, ?3)
                        ON CONFLICT DO NOTHING RETURNING job""")
                .setParameter(1, job).setParameter(2, java.sql.Date.valueOf(day)).setParameter(3, Timestamp.from(now))
                .getResultList().isEmpty();
    }
}
