package org.selfcheck.hazard;

/** Who found a hazard: the company itself (R6 needs this) or the bureau. */
public enum HazardSource {

    /** Found by the company's quarterly self-check (R3). */
    SELF_CHECK,
    /** Reported otherwise inside the company: by an employee, or found in daily work. */
    DAILY,
    /** Found by a bureau inspection and recorded afterwards. */
    BUREAU;

    /** Whether the company found the hazard itself (自查发现), as R6 requires for non-penalty. */
    public boolean ownFinding() {
        return this != BUREAU;
    }
}
