package org.selfcheck.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The officers' accounts made in the portal (V22); joins the caller's transaction. */
@ApplicationScoped
public class OfficerAccountRepository {

    /** An officer's account as recorded. */
    public record Officer(String accountId, String email, String name, String mobile, String jurisdiction,
                          boolean provinceAdmin, boolean enabled, Instant createdAt, String createdBy) {
    }

    private static final String COLUMNS = """
            account_id, email, name, mobile, jurisdiction, province_admin, enabled, created_at, created_by""";

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    public void add(Officer o) {
        em.createNativeQuery("""
                        INSERT INTO officer_account (%s) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""".formatted(COLUMNS))
                .setParameter(1, o.accountId()).setParameter(2, o.email()).setParameter(3, o.name()).setParameter(4, o.mobile())
                .setParameter(5, o.jurisdiction()).setParameter(6, o.provinceAdmin()).setParameter(7, o.enabled())
                .setParameter(8, Timestamp.from(o.createdAt())).setParameter(9, o.createdBy()).executeUpdate();
    }

    /** The officers whose jurisdiction lies within {@code prefix}, by jurisdiction and name. */
    @SuppressWarnings("unchecked")
    public List<Officer> within(String prefix, int max) {
        List<Tuple> rows = em.createNativeQuery("SELECT " + COLUMNS
                        + " FROM officer_account WHERE jurisdiction LIKE ?1 || '%' ORDER BY jurisdiction, name LIMIT ?2", Tuple.class)
                .setParameter(1, prefix).setParameter(2, max).getResultList();
        return rows.stream().map(OfficerAccountRepository::officer).toList();
    }

    /** One officer's account, locked for the caller's transaction. */
    @SuppressWarnings("unchecked")
    public Optional<Officer> lock(String accountId) {
        List<Tuple> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM officer_account WHERE account_id = ?1 FOR UPDATE",
                Tuple.class).setParameter(1, accountId).getResultList();
        return rows.stream().findFirst().map(OfficerAccountRepository::officer);
    }

    public void setEnabled(String accountId, boolean enabled, String actor, Instant now) {
        em.createNativeQuery("""
                        UPDATE officer_account SET enabled = ?2, changed_by = ?3, changed_at = ?4 WHERE account_id = ?1""")
                .setParameter(1, accountId).setParameter(2, enabled).setParameter(3, actor).setParameter(4, Timestamp.from(now))
                .executeUpdate();
    }

    private static Officer officer(Tuple t) {
        Object created = t.get("created_at");
        Instant at = created instanceof Timestamp ts ? ts.toInstant()
                : created instanceof java.time.OffsetDateTime odt ? odt.toInstant() : (Instant) created;
        return new Officer(t.get("account_id", String.class), t.get("email", String.class), t.get("name", String.class),
                t.get("mobile", String.class), t.get("jurisdiction", String.class), t.get("province_admin", Boolean.class),
                t.get("enabled", Boolean.class), at, t.get("created_by", String.class));
    }
}
