package org.selfcheck.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import org.selfcheck.shared.persistence.Sql;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/**
 * The audit trail in PostgreSQL: its chains' heads and entries, read and appended (only {@link AuditLog} appends, and
 * computes the hashes); joins the caller's transaction.
 */
@ApplicationScoped
public class AuditRepository {

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    /** A chain's head: the position and hash of its newest entry. */
    public record Head(String chainKey, long lastSeq, String lastHash) {
    }

    /** Writes the persistence context's pending changes to the database now. */
    public void flush() {
        em.flush();
    }

    /** Locks a chain's head row until the transaction ends (starting the chain at {@link AuditEntry#GENESIS} if new) and reads it. */
    public Head lockHead(String chainKey) {
        em.createNativeQuery("INSERT INTO audit_chain (chain_key, last_seq, last_hash) VALUES (?1, 0, ?2) ON CONFLICT (chain_key) DO NOTHING")
                .setParameter(1, chainKey).setParameter(2, AuditEntry.GENESIS).executeUpdate();
        Tuple head = (Tuple) em.createNativeQuery("SELECT last_seq, last_hash FROM audit_chain WHERE chain_key = ?1 FOR UPDATE", Tuple.class)
                .setParameter(1, chainKey).getSingleResult();
        return new Head(chainKey, ((Number) head.get("last_seq")).longValue(), head.get("last_hash").toString());
    }

    /** Stores a new entry, hashed, and makes it its chain's head (whose row {@link #lockHead} locked). */
    public void append(AuditEntry entry) {
        em.createNativeQuery("""
                        INSERT INTO audit_entry (chain_key, seq, occurred_at, actor, entity_type, entity_id, action,
                                                 before_json, after_json, prev_hash, hash)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)""")
                .setParameter(1, entry.chainKey()).setParameter(2, entry.seq()).setParameter(3, Timestamp.from(entry.occurredAt()))
                .setParameter(4, entry.actor()).setParameter(5, entry.entityType()).setParameter(6, entry.entityId())
                .setParameter(7, entry.action()).setParameter(8, entry.before()).setParameter(9, entry.after())
                .setParameter(10, entry.prevHash()).setParameter(11, entry.hash())
                .executeUpdate();
        em.createNativeQuery("UPDATE audit_chain SET last_seq = ?2, last_hash = ?3 WHERE chain_key = ?1")
                .setParameter(1, entry.chainKey()).setParameter(2, entry.seq()).setParameter(3, entry.hash()).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Head> heads() {
        List<Object[]> rows = em.createNativeQuery("SELECT chain_key, last_seq, last_hash FROM audit_chain ORDER BY chain_key")
                .getResultList();
        return rows.stream().map(AuditRepository::head).toList();
    }

    @SuppressWarnings("unchecked")
    public Optional<Head> head(String chainKey) {
        List<Object[]> rows = em.createNativeQuery("SELECT chain_key, last_seq, last_hash FROM audit_chain WHERE chain_key = ?1")
                .setParameter(1, chainKey).getResultList();
        return rows.stream().map(AuditRepository::head).findFirst();
    }

    /** Up to {@code max} entries of a chain after position {@code afterSeq} and up to {@code toSeq}, in chain order. */
    public List<AuditEntry> range(String chainKey, long afterSeq, long toSeq, int max) {
        return select("WHERE chain_key = ?1 AND seq > ?2 AND seq <= ?3 ORDER BY seq LIMIT ?4",
                chainKey, afterSeq, toSeq, max);
    }

    /** A chain's entries, newest first, optionally for one record. */
    public List<AuditEntry> newest(String chainKey, String entityType, String entityId, int first, int max) {
        if (entityType == null) {
            return select("WHERE chain_key = ?1 ORDER BY seq DESC OFFSET ?2 LIMIT ?3", chainKey, first, max);
        }
        return select("WHERE chain_key = ?1 AND entity_type = ?2 AND entity_id = ?3 ORDER BY seq DESC OFFSET ?4 LIMIT ?5",
                chainKey, entityType, entityId, first, max);
    }

    @SuppressWarnings("unchecked")
    private List<AuditEntry> select(String where, Object... parameters) {
        var query = em.createNativeQuery("""
                SELECT id, chain_key, seq, occurred_at, actor, entity_type, entity_id, action, before_json, after_json,
                       prev_hash, hash FROM audit_entry""" + " " + where);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new AuditEntry(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                Sql.instant(r[3]), (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                r[10].toString(), r[11].toString())).toList();
    }

    private static Head head(Object[] r) {
        return new Head((String) r[0], ((Number) r[1]).longValue(), r[2].toString());
    }
}
