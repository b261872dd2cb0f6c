package org.selfcheck.shared;

/**
 * One entry for the audit trail, as the feature that made the change describes it. Fired as an event on its own by a
 * change that has no other consequence (a person, a term, a catalogue item), or carried by a feature's event.
 *
 * @param creditCode  the company whose chain records it; null for the system chain (catalogue, bureau directory)
 * @param entityId    the record changed, as text
 * @param before      the record before the change (a DTO), null when it is new
 * @param after       the record after the change, null when nothing remains
 * @param systemActor the process that made the change when no request's caller did (e.g.
 *                    {@code system:filing-delivery}); null: the current caller
 */
public record AuditedChange(String creditCode, String entityType, String entityId, String action, Object before,
                            Object after, String systemActor) implements Audited {

    /** A change by the current caller to a record of a company. */
    public static AuditedChange of(String creditCode, String entityType, Object entityId, String action, Object before,
                                   Object after) {
        return new AuditedChange(creditCode, entityType, String.valueOf(entityId), action, before, after, null);
    }

    /** A change by the current caller to a record that belongs to no company. */
    public static AuditedChange ofSystem(String entityType, Object entityId, String action, Object before, Object after) {
        return of(null, entityType, entityId, action, before, after);
    }

    /** The same change, made by a system process instead of the caller. */
    public AuditedChange by(String actor) {
        return new AuditedChange(creditCode, entityType, entityId, action, before, after, actor);
    }

    @Override
    public AuditedChange audited() {
        return this;
    }
}
