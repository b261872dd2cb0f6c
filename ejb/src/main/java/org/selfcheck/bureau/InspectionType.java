package org.selfcheck.bureau;

/** Why the bureau inspects a company (section 三): planned inspections count against the annual cap, the others not. */
public enum InspectionType {
    /** 计划检查 */
    PLANNED(false),
    /** 投诉举报 */
    COMPLAINT(true),
    /** 转办交办 */
    REFERRAL(true),
    /** 数据监测监控 */
    MONITORING(true);

    private final boolean exempt;

    InspectionType(boolean exempt) {
        this.exempt = exempt;
    }

    /** Whether the inspection is exempt from the annual cap (complaints, referrals, monitoring data). */
    public boolean exempt() {
        return exempt;
    }
}
