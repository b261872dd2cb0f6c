package org.selfcheck.bureau.spotcheck;

/** What a spot-check finding leads to under R6 and R7. */
public enum Outcome {
    /** 不予处罚 recommended: a matching self-report that qualifies under R6 */
    NON_PENALTY,
    /** 一案双罚: no matching self-report, or one that does not qualify */
    DOUBLE_PENALTY
}
