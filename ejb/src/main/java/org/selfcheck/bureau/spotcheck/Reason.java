package org.selfcheck.bureau.spotcheck;

/** Why a finding has its {@link Outcome}: the one reason the UI shows first (the R6 conditions give the detail). */
public enum Reason {
    /** A self-report recorded before the inspection that qualifies under R6. */
    MATCHED_QUALIFIED("spotcheck.reason.matchedQualified"),
    /** No self-report of the same item at the same location. */
    NOT_REPORTED("spotcheck.reason.notReported"),
    /** Only a self-report recorded on or after the inspection's start: it does not help. */
    REPORTED_AFTER_INSPECTION("spotcheck.reason.reportedAfterInspection"),
    /** Matched, but the bureau had no receipt of a filing before the inspection. */
    NOT_FILED("spotcheck.reason.notFiled"),
    /** Matched, but the plan lacks one of the 五落实 elements. */
    PLAN_INCOMPLETE("spotcheck.reason.planIncomplete"),
    /** Matched, but remediation is past its deadline and not done (or has no deadline). */
    OVERDUE("spotcheck.reason.overdue"),
    /** Matched, but the hazard was found by the bureau, not by the company. */
    NOT_SELF_FOUND("spotcheck.reason.notSelfFound");

    private final String messageKey;

    Reason(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The message key that says why, for the UI's bundle. */
    public String messageKey() {
        return messageKey;
    }

    /** The outcome this reason leads to: only a qualifying match is not penalised. */
    public Outcome outcome() {
        return this == MATCHED_QUALIFIED ? Outcome.NON_PENALTY : Outcome.DOUBLE_PENALTY;
    }
}
