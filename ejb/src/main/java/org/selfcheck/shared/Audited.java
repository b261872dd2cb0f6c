package org.selfcheck.shared;

/**
 * An event whose change the audit trail records (notice section 十四). Services never write the trail themselves: they
 * fire their feature's event in the transaction of the change, and the audit log observes every event of this type
 * first ({@link ObserverOrder#AUDIT}), so the entry commits with the change or not at all.
 */
public interface Audited {

    /** What the trail records of this event. */
    AuditedChange audited();
}
