package org.selfcheck.filing;

/** Where a filing is on its way to the bureau. */
public enum FilingStatus {
    /** 待发送: written with the change that caused it, waiting for the delivery route. */
    PENDING,
    /** 发送中: claimed by a node, being sent (with a lease: a node that dies gives it back when the lease ends). */
    SENDING,
    /** 重试中 (n): an attempt failed; the next one is due at a later time. */
    RETRYING,
    /** 已送达: the bureau's signed receipt is verified and stored. Final. */
    DELIVERED,
    /** 发送失败: no more attempts (dead letter); an admin replays it. */
    FAILED,
    /** 无管辖部门: no bureau of the directory has jurisdiction; an admin adds one and replays it. */
    UNROUTED;

    /** Whether the delivery route will still take it without an admin. */
    public boolean underWay() {
        return this == PENDING || this == SENDING || this == RETRYING;
    }

    /** Whether an admin can replay it. */
    public boolean replayable() {
        return this == FAILED || this == UNROUTED;
    }
}
