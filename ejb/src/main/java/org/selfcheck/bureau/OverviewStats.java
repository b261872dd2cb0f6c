package org.selfcheck.bureau;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.selfcheck.filing.FilingDelivered;
import org.selfcheck.hazard.FindingsBound;
import org.selfcheck.hazard.HazardChanged;
import org.selfcheck.inspection.CheckCompleted;
import org.selfcheck.inspection.CheckFact;
import org.selfcheck.inspection.InTime;
import org.selfcheck.inspection.PrincipalAttended;
import org.selfcheck.shared.ObserverOrder;
import org.selfcheck.shared.Quarter;

import java.time.LocalDate;

/**
 * Keeps the jurisdiction overview's summaries ({@code company_quarter}, {@code company_hazards}) up to date, in the
 * transaction of the change that moves them: it observes the features' events (a check completed, the principal's
 * attendance, any change of a hazard or its findings, a report received), after their audit entry and filing
 * ({@link ObserverOrder#SUMMARIES}); a failure here rolls the change back. Whether a completion or a confirmation counts for its period is
 * decided by {@link InTime} through the check's facts (migration V13 rebuilt the rows already there with the same
 * rule in SQL). Upserts (never check-then-insert), and a company's hazard counts are recounted under a row lock, so
 * that two nodes changing the same company's hazards at once count in turn ({@link SummaryRepository}).
 */
@ApplicationScoped
public class OverviewStats {

    @Inject
    SummaryRepository summaries;

    /**
     * A check was completed: its quarter is covered if it was completed in time, otherwise it is marked as having a
     * late entry (逾期补录) and stays uncovered; the principal's attendance counts if proven within the year. Both
     * decided by {@link InTime} through the check's facts.
     */
    void checkCompleted(@Observes @Priority(ObserverOrder.SUMMARIES) CheckCompleted completed) {
        CheckFact check = completed.check();
        quarter(completed.companyId(), check.date(), check.coversQuarter(), check.completedLate(), check.attendedByPrincipal());
        summaries.recountHazards(completed.companyId());
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
        summaries.reportReceived(delivered.companyId(), delivered.quarter(), delivered.receiptAt());
    }

    /**
     * Something changed in the company's hazards (a new one, a state, a plan deadline, an extension, a note or a photo):
     * recount. Counting again what did not move is cheaper than each feature knowing which of its changes do.
     */
    void hazardChanged(@Observes @Priority(ObserverOrder.SUMMARIES) HazardChanged changed) {
        summaries.recountHazards(changed.companyId());
    }

    /** Bureau findings were bound to the company's hazards: some may no longer be self-found. */
    void findingsBound(@Observes @Priority(ObserverOrder.SUMMARIES) FindingsBound bound) {
        summaries.recountHazards(bound.companyId());
    }

    /** Flags only ever go from false to true: what once covered a quarter is never undone by a later change. */
    private void quarter(long companyId, LocalDate date, boolean checkDone, boolean checkLate, boolean attended) {
        if (!checkDone && !checkLate && !attended) {
            return;
        }
        summaries.markQuarter(companyId, Quarter.of(date).toString(), checkDone, checkLate, attended);
    }
}
