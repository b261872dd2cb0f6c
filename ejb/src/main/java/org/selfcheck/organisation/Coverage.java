package org.selfcheck.organisation;

/** How a group category is covered on a date. */
public enum Coverage {
    /** at least one member of the category */
    COVERED,
    /** no member, and the company recorded why */
    EXPLAINED,
    /** no member and no reason: flagged */
    MISSING,
    /** no member of a category the notice does not name ({@link GroupCategory#OTHER_EXPERT}) */
    OPTIONAL
}
