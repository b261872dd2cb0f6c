package org.selfcheck.filing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selfcheck.security.Caller;
import org.selfcheck.security.SystemProcess;
import org.selfcheck.shared.Settings;
import org.selfcheck.routes.port.FilingOutbox;
import org.selfcheck.routes.port.FilingReceipt;
import org.selfcheck.routes.port.OutgoingFiling;
import org.selfcheck.shared.AuditedChange;
import org.selfcheck.shared.Texts;
import org.selfcheck.shared.persistence.Sql;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The filing outbox in PostgreSQL, as the delivery route's port. Every method is one short transaction.
 *
 * <p>Claiming is safe with any number of nodes: due rows are locked with {@code FOR UPDATE SKIP LOCKED}, so two
 * nodes never claim the same row, and marked 发送中 with a lease; a node that dies while sending leaves rows whose
 * lease runs out, and they are claimed again (the bureau's intake is idempotent by filing id, so a second
 * delivery returns the first receipt). An outcome only applies to the attempt it belongs to: a late answer of an
 * attempt whose lease ran out does not overwrite a newer one, and nothing overwrites a delivery.
 */
@Stateless
@Local(FilingOutbox.class)
@PermitAll
@SystemProcess(JpaFilingOutbox.PROCESS)
public class JpaFilingOutbox implements FilingOutbox {

    /** The process the route's calls run as (its named system caller). */
    static final String PROCESS = "filing-delivery";
    /** Who the audit trail names for the route's changes. */
    static final String ACTOR = Caller.SYSTEM_PREFIX + PROCESS;

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    @Inject
    Event<FilingDelivered> deliveries;

    @Inject
    Settings settings;

    @Inject
    Event<AuditedChange> changes;

    @Override
    @SuppressWarnings("unchecked")
    public List<OutgoingFiling> claim(int max) {
        List<Object[]> rows = em.createNativeQuery("""
                        UPDATE filing f
                           SET status = 'SENDING', attempts = f.attempts + 1, updated_at = now(),
                               next_attempt_at = now() + make_interval(secs => ?2)
                          FROM (SELECT id FROM filing
                                 WHERE status IN ('PENDING', 'SENDING', 'RETRYING') AND next_attempt_at <= now()
                                 ORDER BY next_attempt_at
                                 LIMIT ?1
                                   FOR UPDATE SKIP LOCKED) due, bureau b
                         WHERE f.id = due.id AND b.id = f.bureau_id
                        RETURNING f.id, b.intake_url, b.receipt_keys_url, f.document, f.digest, f.jws, f.attempts, f.created_at""")
                .setParameter(1, max).setParameter(2, (double) lease().toSeconds())
                .getResultList();
        return rows.stream().map(r -> new OutgoingFiling(r[0].toString(), (String) r[1], (String) r[2],
                FilingDocument.Sealed.envelope((String) r[3], r[4].toString().strip(), (String) r[5]),
                r[4].toString().strip(), ((Number) r[6]).intValue(), Sql.instant(r[7]))).toList();
    }

    @Override
    public void delivered(String filingId, FilingReceipt receipt) {
        List<?> company = em.createNativeQuery("""
                        UPDATE filing SET status = 'DELIVERED', receipt_no = ?2, receipt_at = ?3, receipt_bureau = ?4,
                                          receipt_jws = ?5, delivered_at = now(), next_attempt_at = NULL,
                                          last_error = NULL, updated_at = now()
                         WHERE id = ?1 AND status <> 'DELIVERED'
                        RETURNING (SELECT credit_code FROM company c WHERE c.id = filing.company_id), company_id,
                                  (SELECT q.quarter FROM quarterly_report q WHERE q.id = filing.report_id)""")
                .setParameter(1, UUID.fromString(filingId)).setParameter(2, receipt.receiptNo())
                .setParameter(3, Timestamp.from(receipt.receivedAt())).setParameter(4, receipt.bureau())
                .setParameter(5, receipt.jws())
                .getResultList();
        if (!company.isEmpty()) {
            Object[] row = (Object[]) company.get(0);
            deliveries.fire(new FilingDelivered(((Number) row[1]).longValue(), (String) row[2], receipt.receivedAt(),
                    AuditedChange.of((String) row[0], FilingRecorder.FILING, filingId, "DELIVERED", null,
                            Map.of("receiptNo", receipt.receiptNo(), "receivedAt", receipt.receivedAt().toString(),
                                    "bureau", receipt.bureau() == null ? "" : receipt.bureau())).by(ACTOR)));
        }
    }

    @Override
    public void retryLater(String filingId, int attempt, String error, Instant nextAttemptAt) {
        em.createNativeQuery("""
                        UPDATE filing SET status = 'RETRYING', next_attempt_at = ?3, last_error = ?4, updated_at = now()
                         WHERE id = ?1 AND status = 'SENDING' AND attempts = ?2""")
                .setParameter(1, UUID.fromString(filingId)).setParameter(2, attempt)
                .setParameter(3, Timestamp.from(nextAttemptAt)).setParameter(4, Texts.truncate(String.valueOf(error), 2000))
                .executeUpdate();
    }

    @Override
    public void deadLetter(String filingId, int attempt, String error) {
        List<?> company = em.createNativeQuery("""
                        UPDATE filing SET status = 'FAILED', next_attempt_at = NULL, last_error = ?3, updated_at = now()
                         WHERE id = ?1 AND status = 'SENDING' AND attempts = ?2
                        RETURNING (SELECT credit_code FROM company c WHERE c.id = filing.company_id)""")
                .setParameter(1, UUID.fromString(filingId)).setParameter(2, attempt)
                .setParameter(3, Texts.truncate(String.valueOf(error), 2000))
                .getResultList();
        if (!company.isEmpty()) {
            changes.fire(AuditedChange.of((String) company.get(0), FilingRecorder.FILING, filingId, "FAILED", null,
                    Map.of("attempts", attempt, "error", Texts.truncate(String.valueOf(error), 500))).by(ACTOR));
        }
    }

    /**
     * How long a claimed filing stays with the node that claimed it before another may take it: longer than one
     * batch can take to send ({@code selfcheck.filing.lease-seconds}, 60 by default).
     */
    Duration lease() {
        return settings.filingLease();
    }
}
