package org.selfcheck.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The mail outbox (V20); joins the caller's transaction. */
@ApplicationScoped
public class MailOutboxRepository {

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    public void add(String kind, String recipient, String subject, String body, String accountId, Instant now) {
        em.createNativeQuery("""
                        INSERT INTO mail_outbox (kind, recipient, subject, body, account_id, created_at, next_attempt_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)""")
                .setParameter(1, kind).setParameter(2, recipient).setParameter(3, subject).setParameter(4, body)
                .setParameter(5, accountId).setParameter(6, Timestamp.from(now)).executeUpdate();
    }

    /** Claims up to {@code max} due entries for {@code lease}: another node skips them until then. */
    @SuppressWarnings("unchecked")
    public List<QueuedMail> claim(int max, Instant now, Duration lease) {
        List<Tuple> rows = em.createNativeQuery("""
                        UPDATE mail_outbox SET leased_until = ?2 WHERE id IN (
                            SELECT id FROM mail_outbox
                             WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ?1
                               AND (leased_until IS NULL OR leased_until < ?1)
                             ORDER BY next_attempt_at, id LIMIT ?3 FOR UPDATE SKIP LOCKED)
                        RETURNING id, kind, recipient, subject, body, account_id, attempts""", Tuple.class)
                .setParameter(1, Timestamp.from(now)).setParameter(2, Timestamp.from(now.plus(lease)))
                .setParameter(3, max).getResultList();
        return rows.stream().map(t -> new QueuedMail(t.get("id", Number.class).longValue(), t.get("kind", String.class),
                t.get("recipient", String.class), t.get("subject", String.class), t.get("body", String.class),
                t.get("account_id", String.class), t.get("attempts", Number.class).intValue())).toList();
    }

    public void sent(long id, Instant now) {
        em.createNativeQuery("UPDATE mail_outbox SET sent_at = ?2, attempts = attempts + 1, leased_until = NULL WHERE id = ?1")
                .setParameter(1, id).setParameter(2, Timestamp.from(now)).executeUpdate();
    }

    /** A failed attempt, tried again at {@code next}. */
    public void retry(long id, String error, Instant next) {
        em.createNativeQuery("""
                        UPDATE mail_outbox SET attempts = attempts + 1, leased_until = NULL, last_error = ?2,
                               next_attempt_at = ?3 WHERE id = ?1""")
                .setParameter(1, id).setParameter(2, error).setParameter(3, Timestamp.from(next)).executeUpdate();
    }

    /** The last attempt failed: the entry stays on record with its error, and is not tried again. */
    public void giveUp(long id, String error, Instant now) {
        em.createNativeQuery("""
                        UPDATE mail_outbox SET attempts = attempts + 1, leased_until = NULL, last_error = ?2, failed_at = ?3
                         WHERE id = ?1""")
                .setParameter(1, id).setParameter(2, error).setParameter(3, Timestamp.from(now)).executeUpdate();
    }
}
