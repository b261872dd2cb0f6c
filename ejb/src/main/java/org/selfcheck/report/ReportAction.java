package org.selfcheck.report;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user may do with a report version now: computed by the service with the report and returned with it, so
 * that a page offers exactly what the service allows. The company's safety manager prepares and submits; its
 * principal that day himself, by his login, signs (section 十: 主要负责人签字).
 */
public enum ReportAction {
    /** Compile the unsigned version again from the current records. */
    REFRESH,
    /** Submit the draft to the principal for signature. */
    SUBMIT,
    /** Sign the submitted version after a fresh login. */
    SIGN;

    /**
     * The actions on a version in {@code status} for someone who is (or is not) the safety manager and the principal
     * of the report's company that day.
     */
    public static Set<ReportAction> allowed(ReportRecord.Status status, boolean safetyManager, boolean principal) {
        Set<ReportAction> actions = EnumSet.noneOf(ReportAction.class);
        if (safetyManager && status != ReportRecord.Status.SIGNED) {
            actions.add(REFRESH);
        }
        if (safetyManager && status == ReportRecord.Status.DRAFT) {
            actions.add(SUBMIT);
        }
        if (principal && status == ReportRecord.Status.SUBMITTED) {
            actions.add(SIGN);
        }
        return actions;
    }
}
