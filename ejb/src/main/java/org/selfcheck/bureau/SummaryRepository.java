package org.selfcheck.bureau;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * The jurisdiction overview's summaries in PostgreSQL ({@code company_quarter}, {@code company_hazards}), kept by
 * {@link OverviewStats}: upserts, never check-then-insert; joins the caller's transaction.
 */
@ApplicationScoped
public class SummaryRepository {

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    /** A report on the quarter ("2026Q3") was received: its first receipt is kept. */
    public void reportReceived(long companyId, String quarter, Instant receiptAt) {
        em.createNativeQuery("""
                        INSERT INTO company_quarter (company_id, quarter, report_receipt_at) VALUES (?1, ?2, ?3)
                        ON CONFLICT (company_id, quarter)
                        DO UPDATE SET report_receipt_at = LEAST(company_quarter.report_receipt_at, EXCLUDED.report_receipt_at)""")
                .setParameter(1, companyId).setParameter(2, quarter)
                .setParameter(3, Timestamp.from(receiptAt)).executeUpdate();
    }

    /** Recounts the company's hazards under a lock of its summary row, so that two nodes recount in turn. */
    public void recountHazards(long companyId) {
        em.createNativeQuery("INSERT INTO company_hazards (company_id) VALUES (?1) ON CONFLICT (company_id) DO NOTHING")
                .setParameter(1, companyId).executeUpdate();
        em.createNativeQuery("SELECT company_id FROM company_hazards WHERE company_id = ?1 FOR UPDATE")
                .setParameter(1, companyId).getSingleResult();
        em.createNativeQuery("""
                        UPDATE company_hazards SET (open_hazards, earliest_deadline, not_self_found) = (
                            SELECT count(*) FILTER (WHERE hazard_open(h.state)),
                                   min(hazard_deadline_in_force(h.id, h.deadline)) FILTER (WHERE hazard_before_verification(h.state)),
                                   -- Qualification's SELF_FOUND unmet: found by the bureau, or recorded only after a
                                   -- bureau finding bound to it (FindingLink.recordedAfter)
                                   count(*) FILTER (WHERE h.source = 'BUREAU' OR EXISTS (SELECT 1 FROM hazard_finding_link l
                                                                     WHERE l.hazard_id = h.id AND l.recorded_after))
                              FROM hazard h WHERE h.company_id = ?1)
                         WHERE company_id = ?1""")
                .setParameter(1, companyId).executeUpdate();
    }

    /** Sets the quarter's ("2026Q3") flags that are true; a flag once true stays true. */
    public void markQuarter(long companyId, String quarter, boolean checkDone, boolean checkLate, boolean attended) {
        em.createNativeQuery("""
                        INSERT INTO company_quarter (company_id, quarter, check_done, check_late, principal_attended)
                        VALUES (?1, ?2, ?3, ?4, ?5)
                        ON CONFLICT (company_id, quarter) DO UPDATE SET
                            check_done = company_quarter.check_done OR EXCLUDED.check_done,
                            check_late = company_quarter.check_late OR EXCLUDED.check_late,
                            principal_attended = company_quarter.principal_attended OR EXCLUDED.principal_attended""")
                .setParameter(1, companyId).setParameter(2, quarter).setParameter(3, checkDone)
                .setParameter(4, checkLate).setParameter(5, attended).executeUpdate();
    }
}
