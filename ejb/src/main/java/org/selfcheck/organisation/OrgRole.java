package org.selfcheck.organisation;

/** What a person is in the company's self-check organisation for a period (a {@link Term}). */
public enum OrgRole {
    /** 企业主要负责人: one at a time */
    PRINCIPAL,
    /** 领导班子成员 */
    LEADERSHIP,
    /** the leadership member the principal designated to organise the checks (R1): one at a time */
    DESIGNATED_LEADER,
    /** member of the 企业内部安全检查组 (R2), with a {@link GroupCategory} */
    GROUP_MEMBER;

    /** Whether only one person holds the role at a time, so a new holder ends the previous one's term. */
    public boolean singleHolder() {
        return this == PRINCIPAL || this == DESIGNATED_LEADER;
    }
}
