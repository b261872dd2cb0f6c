package org.selfcheck.hazard;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user may do with a hazard now: computed by the service with the hazard and returned with it, so that a page
 * offers exactly what the service allows. The keepers (the safety manager, the designated leader by his login) keep the
 * record; a member of the group verifies; the principal himself decides extensions (R1, R2, 五落实).
 */
public enum HazardAction {
    /** Describe the hazard and its plan (五落实). */
    DESCRIBE,
    /** Set the plan's deadline: only before remediation starts (later, only an approved extension moves it). */
    SET_DEADLINE,
    /** Start remediation: 待整改 → 整改中. */
    START,
    /** Note progress while in remediation. */
    PROGRESS,
    /** Report remediation done: 整改中 → 待验收. */
    SUBMIT,
    /** Ask the principal for a later deadline. */
    REQUEST_EXTENSION,
    /** Approve or refuse the extension asked for (the principal). */
    DECIDE_EXTENSION,
    /** Verify: pass (销号) or fail (back to 整改中). */
    VERIFY,
    /** Add a photo before or during remediation. */
    ADD_PHOTO,
    /** Add a photo of the result (a keeper, or the member who verifies). */
    ADD_RESULT_PHOTO;

    /**
     * The actions on a hazard in {@code state} for someone who is (or is not) a keeper, a group member and the principal
     * that day, while an extension request is (or is not) waiting for a decision.
     */
    public static Set<HazardAction> allowed(HazardState state, boolean keeper, boolean groupMember, boolean principal,
                                            boolean extensionPending) {
        Set<HazardAction> actions = EnumSet.noneOf(HazardAction.class);
        if (!state.open()) {
            return actions;
        }
        if (keeper) {
            actions.add(DESCRIBE);
            actions.add(ADD_PHOTO);
            actions.add(ADD_RESULT_PHOTO);
            if (state == HazardState.PENDING) {
                actions.add(SET_DEADLINE);
                actions.add(START);
            }
            if (state == HazardState.IN_PROGRESS) {
                actions.add(PROGRESS);
                actions.add(SUBMIT);
            }
            if (state.beforeVerification() && !extensionPending) {
                actions.add(REQUEST_EXTENSION);
            }
        }
        if (groupMember) {
            actions.add(ADD_RESULT_PHOTO);
            if (state == HazardState.TO_VERIFY) {
                actions.add(VERIFY);
            }
        }
        if (principal && extensionPending) {
            actions.add(DECIDE_EXTENSION);
        }
        return actions;
    }
}
