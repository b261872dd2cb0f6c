package org.selfcheck.organisation;

/**
 * Where a member of the internal safety inspection group comes from (R2). The first four are the ones the
 * notice names; a group without one of them is flagged unless the company records why.
 */
public enum GroupCategory {
    /** 安全管理机构 */
    SAFETY_OFFICE(true),
    /** 企业工会 */
    UNION(true),
    /** 从业人员代表 */
    WORKER_REP(true),
    /** 注册安全工程师, with the certificate number */
    REGISTERED_SAFETY_ENGINEER(true),
    /** 其他专业力量 */
    OTHER_EXPERT(false);

    private final boolean named;

    GroupCategory(boolean named) {
        this.named = named;
    }

    /** Whether the notice names this category, so that the group must cover it (or explain why not). */
    public boolean named() {
        return named;
    }
}
