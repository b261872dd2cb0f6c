package org.selfcheck.inspection;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user may do with a check now: computed by the service with the check and returned with it, so that a page
 * offers exactly what the service allows. The keepers (the safety manager, the designated leader by his login) record
 * the check and amend it once completed; the people recorded as present confirm, with their own login, that they were
 * there, once the check has taken place (R5: the principal's attendance counts only when he confirms it himself).
 */
public enum CheckAction {
    /** Record results and participants, and complete the check. */
    RECORD,
    /** Amend a result of the completed check, with a reason. */
    AMEND,
    /** The principal confirms that he took part. */
    CONFIRM_ATTENDANCE,
    /** A member recorded as present confirms that he took part. */
    CONFIRM_PARTICIPATION;

    /**
     * The actions on a check for someone who is (or is not) a keeper that day, the check's principal and a participant
     * who has not confirmed yet, once it {@code tookPlace} (its date is today or past).
     */
    public static Set<CheckAction> allowed(boolean completed, boolean tookPlace, boolean keeper,
                                           boolean principalToConfirm, boolean participantToConfirm) {
        Set<CheckAction> actions = EnumSet.noneOf(CheckAction.class);
        if (keeper) {
            actions.add(completed ? AMEND : RECORD);
        }
        if (tookPlace && principalToConfirm) {
            actions.add(CONFIRM_ATTENDANCE);
        }
        if (tookPlace && participantToConfirm) {
            actions.add(CONFIRM_PARTICIPATION);
        }
        return actions;
    }
}
