package org.selfcheck.hazard;

import org.selfcheck.shared.ConflictException;

import java.util.Objects;

/**
 * Where a hazard stands in its lifecycle: 待整改 → 整改中 → 待验收 → 已销号. A verification that fails sends
 * the hazard back to 整改中; nothing else moves backwards, no state is skipped and a closed hazard stays
 * closed (notice section 八: every hazard is followed to closure and verified).
 */
public enum HazardState {

    /** 待整改: found, remediation not begun. */
    PENDING,
    /** 整改中: remediation under way. */
    IN_PROGRESS,
    /** 待验收: remediation reported done, waiting for verification. */
    TO_VERIFY,
    /** 已销号: verified and closed. */
    CLOSED;

    /** Whether the hazard may move from this state to {@code next}; never to the same state. */
    public boolean canMoveTo(HazardState next) {
        if (next == null) {
            return false;
        }
        return switch (this) {
            case PENDING -> next == IN_PROGRESS;
            case IN_PROGRESS -> next == TO_VERIFY;
            case TO_VERIFY -> next == CLOSED || next == IN_PROGRESS;
            case CLOSED -> false;
        };
    }

    /**
     * @throws ConflictException {@code hazard.transition} with the names of this state and {@code next}
     *                           when the move is not allowed
     */
    public void checkMoveTo(HazardState next) {
        Objects.requireNonNull(next, "next");
        if (!canMoveTo(next)) {
            throw new ConflictException("hazard.transition", name(), next.name());
        }
    }

    /** Not yet closed (已销号). */
    public boolean open() {
        return this != CLOSED;
    }

    /** Not yet reported done: 待整改 or 整改中, the states in which a deadline can be missed. */
    public boolean beforeVerification() {
        return this == PENDING || this == IN_PROGRESS;
    }
}
