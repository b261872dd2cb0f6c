package org.selfcheck.bureau;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selfcheck.filing.FilingDelivered;
import org.selfcheck.hazard.FindingsBound;
import org.selfcheck.hazard.HazardChanged;
import org.selfcheck.inspection.CheckCompleted;
import org.selfcheck.inspection.CheckFact;
import org.selfcheck.inspection.InTime;
import org.selfcheck.inspection.PrincipalAttended;
import org.selfcheck.shared.ObserverOrder;
import org.selfcheck.shared.Quarter;

import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * Keeps the jurisdiction overview's summaries ({@code company_quarter}, {@code company_hazards}) up to date, in the
 * transaction of the change that moves them: it observes the features' events (a check completed, the principal's
 * attendance, any change of a hazard or its findings, a report received), after their audit entry and filing
 * ({@link ObserverOrder#SUMMARIES}); a failure here rolls the change back. Whether a completion or a confirmation counts for its period is
 * decided by {@link InTime} through the check's facts (migration V13 rebuilt the rows already there with the same
 * rule in SQL). Upserts (never check-then-insert), and a company's hazard counts are recounted under a row lock, so
 * that two nodes changing the same company's hazards at once count in turn.
 */
@ApplicationScoped
public class OverviewStats {

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    /**
     * A check was completed: its quarter is covered if it was completed in time, otherwise it is marked as having a
     * late entry (逾期补录) and stays uncovered; the principal's attendance counts if proven within the year. Both
     * decided by {@link InTime} through the check's facts.
     */
    void checkCompleted(@Observes @Priority(ObserverOrder.SUMMARIES) CheckCompleted completed) {
        CheckFact check = completed.check();
        quarter(completed.companyId(), check.date(), check.coversQuarter(), check.completedLate(), check.attendedByPrincipal());
        hazardsChanged(completed.companyId());
    }

    /** The principal confirmed his attendance: counted only if the check is completed and he confirmed within its year. */
    void principalAttended(@Observes @Priority(ObserverOrder.SUMMARIES) PrincipalAttended attended) {
        quarter(attended.companyId(), attended.check().date(), false, false, attended.check().attendedByPrincipal());
    }

    /** The bureau received a filing: if it is the report on a quarter, its first receipt counts. */
    void reportReceived(@Observes @Priority(ObserverOrder.SUMMARIES) FilingDelivered delivered) {
        if (delivered.quarter() == null) {
            return;
        }
        em.createNativeQuery("""
                        INSERT INTO company_quarter (company_id, quarter, report_receipt_at) VALUES (?1, ?2, ?3)
                        ON CONFLICT (company_id, quarter)
                        DO UPDATE SET report_receipt_at = LEAST(company_quarter.report_receipt_at, EXCLUDED.report_receipt_at)""")
                .setParameter(1, delivered.companyId()).setParameter(2, delivered.quarter())
                .setParameter(3, Timestamp.from(delivered.receiptAt())).executeUpdate();
    }

    /**
     * Something changed in the company's hazards (a new one, a state, a plan deadline, an extension, a note or a photo):
     * recount. Counting again what did not move is cheaper than each feature knowing which of its changes do.
     */
    void hazardChanged(@Observes @Priority(ObserverOrder.SUMMARIES) HazardChanged changed) {
        hazardsChanged(changed.companyId());
    }

    /** Bureau findings were bound to the company's hazards: some may no longer be self-found. */
    void findingsBound(@Observes @Priority(ObserverOrder.SUMMARIES) FindingsBound bound) {
        hazardsChanged(bound.companyId());
    }

    private void hazardsChanged(long companyId) {
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

    /** Flags only ever go from false to true: what once covered a quarter is never undone by a later change. */
    private void quarter(long companyId, LocalDate date, boolean checkDone, boolean checkLate, boolean attended) {
        if (!checkDone && !checkLate && !attended) {
            return;
        }
        em.createNativeQuery("""
                        INSERT INTO company_quarter (company_id, quarter, check_done, check_late, principal_attended)
                        VALUES (?1, ?2, ?3, ?4, ?5)
                        ON CONFLICT (company_id, quarter) DO UPDATE SET
                            check_done = company_quarter.check_done OR EXCLUDED.check_done,
                            check_late = company_quarter.check_late OR EXCLUDED.check_late,
                            principal_attended = company_quarter.principal_attended OR EXCLUDED.principal_attended""")
                .setParameter(1, companyId).setParameter(2, Quarter.of(date).toString()).setParameter(3, checkDone)
                .setParameter(4, checkLate).setParameter(5, attended).executeUpdate();
    }
}
