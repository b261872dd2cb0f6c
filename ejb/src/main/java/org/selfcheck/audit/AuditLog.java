package org.selfcheck.audit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selfcheck.security.CallerContext;
import org.selfcheck.shared.Audited;
import org.selfcheck.shared.AuditedChange;
import org.selfcheck.shared.Json;
import org.selfcheck.shared.ObserverOrder;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Appends audit entries in the caller's transaction: the change and its entry are committed together or
 * not at all. Entries come only from events: every {@link Audited} event a feature fires (before its other
 * observers, {@link ObserverOrder#AUDIT}); a failure here throws through the firing service and rolls it back. Appending locks the chain's head row, so two nodes appending to one chain take turns, and
 * the unique (chain, position) constraint makes a fork impossible even if they did not.
 */
@ApplicationScoped
public class AuditLog {

    /** The chain of records that belong to no company (catalogue, bureau directory, ...). */
    public static final String SYSTEM_CHAIN = "system";

    private static final Jsonb JSON = Json.STORED;

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    @Inject
    CallerContext callerContext;

    @Inject
    Clock clock;

    /** The chain of a company's records. */
    public static String companyChain(String creditCode) {
        return "company:" + creditCode;
    }

    /** Records the change an event carries, by the current caller unless a system process made it. */
    void record(@Observes @Priority(ObserverOrder.AUDIT) Audited event) {
        AuditedChange c = event.audited();
        String chainKey = c.creditCode() == null ? SYSTEM_CHAIN : companyChain(c.creditCode());
        String actor = c.systemActor() != null ? c.systemActor() : callerContext.require().username();
        append(chainKey, actor, c.entityType(), c.entityId(), c.action(),
                c.before() == null ? null : JSON.toJson(c.before()), c.after() == null ? null : JSON.toJson(c.after()));
    }

    private AuditEntry append(String chainKey, String actor, String entityType, String entityId, String action,
                              String before, String after) {
        // pending changes go first, so that an entry never precedes the change it records
        em.flush();
        em.createNativeQuery("INSERT INTO audit_chain (chain_key, last_seq, last_hash) VALUES (?1, 0, ?2) ON CONFLICT (chain_key) DO NOTHING")
                .setParameter(1, chainKey).setParameter(2, AuditEntry.GENESIS).executeUpdate();
        Object[] head = (Object[]) em.createNativeQuery("SELECT last_seq, last_hash FROM audit_chain WHERE chain_key = ?1 FOR UPDATE")
                .setParameter(1, chainKey).getSingleResult();
        long seq = ((Number) head[0]).longValue() + 1;
        AuditEntry entry = AuditEntry.append(chainKey, seq, clock.instant(), actor, entityType, entityId, action,
                before, after, head[1].toString());
        em.createNativeQuery("""
                        INSERT INTO audit_entry (chain_key, seq, occurred_at, actor, entity_type, entity_id, action,
                                                 before_json, after_json, prev_hash, hash)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)""")
                .setParameter(1, chainKey).setParameter(2, seq).setParameter(3, Timestamp.from(entry.occurredAt()))
                .setParameter(4, actor).setParameter(5, entityType).setParameter(6, entityId).setParameter(7, action)
                .setParameter(8, before).setParameter(9, after).setParameter(10, entry.prevHash())
                .setParameter(11, entry.hash())
                .executeUpdate();
        em.createNativeQuery("UPDATE audit_chain SET last_seq = ?2, last_hash = ?3 WHERE chain_key = ?1")
                .setParameter(1, chainKey).setParameter(2, seq).setParameter(3, entry.hash()).executeUpdate();
        return entry;
    }
}
