package org.selfcheck.hazard;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Whether remediation missed its deadline. A hazard is overdue while it is 待整改 or 整改中 after its deadline
 * day (the deadline day itself is still in time); once reported done (待验收) or closed it is not. The
 * deadline moves only by approved extensions.
 */
public final class Overdue {

    private Overdue() {
    }

    /** Overdue on {@code today}: before verification and after the deadline; never without a deadline. */
    public static boolean overdue(HazardState state, LocalDate deadline, LocalDate today) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(today, "today");
        return deadline != null && state.beforeVerification() && today.isAfter(deadline);
    }

    /** Whether the hazard reached 待验收 after its deadline day; never without a deadline. */
    public static boolean wasOverdueWhenSubmitted(LocalDate deadline, LocalDate submittedOn) {
        Objects.requireNonNull(submittedOn, "submittedOn");
        return deadline != null && submittedOn.isAfter(deadline);
    }

    /**
     * The deadline in force: the requested deadline of the latest approved extension, else the plan's.
     * Pending and refused requests change nothing.
     *
     * @param extensionsInOrder the hazard's extension requests, oldest first (may be null: none)
     */
    public static LocalDate effectiveDeadline(LocalDate planDeadline, List<Extension> extensionsInOrder) {
        if (extensionsInOrder == null) {
            return planDeadline;
        }
        LocalDate deadline = planDeadline;
        for (Extension e : extensionsInOrder) {
            if (e.approved()) {
                deadline = e.requestedDeadline();
            }
        }
        return deadline;
    }
}
