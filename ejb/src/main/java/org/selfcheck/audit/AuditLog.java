package org.selfcheck.audit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import org.selfcheck.security.CallerContext;
import org.selfcheck.shared.Audited;
import org.selfcheck.shared.AuditedChange;
import org.selfcheck.shared.Json;
import org.selfcheck.shared.ObserverOrder;

import java.time.Clock;

/**
 * Appends audit entries in the caller's transaction: the change and its entry are committed together or
 * not at all. Entries come only from events: every {@link Audited} event a feature fires (before its other
 * observers, {@link ObserverOrder#AUDIT}); a failure here throws through the firing service and rolls it back. Appending
 * locks the chain's head row ({@link AuditRepository#lockHead}), so two nodes appending to one chain take turns, and
 * the unique (chain, position) constraint makes a fork impossible even if they did not.
 */
@ApplicationScoped
public class AuditLog {

    /** The chain of records that belong to no company (catalogue, bureau directory, ...). */
    public static final String SYSTEM_CHAIN = "system";

    private static final Jsonb JSON = Json.STORED;

    @Inject
    AuditRepository trail;

    @Inject
    CallerContext callerContext;

    @Inject
    Clock clock;

    /** The chain of a company's records. */
    public static String companyChain(String creditCode) {
        return "company:" + creditCode;
    }

    /** Records the change an event carries, by the current caller unless a system process made it. */
    void record(@Observes @Priority(ObserverOrder.AUDIT) Audited event) {
        AuditedChange c = event.audited();
        String chainKey = c.creditCode() == null ? SYSTEM_CHAIN : companyChain(c.creditCode());
        String actor = c.systemActor() != null ? c.systemActor() : callerContext.require().username();
        append(chainKey, actor, c.entityType(), c.entityId(), c.action(),
                c.before() == null ? null : JSON.toJson(c.before()), c.after() == null ? null : JSON.toJson(c.after()));
    }

    private void append(String chainKey, String actor, String entityType, String entityId, String action,
                        String before, String after) {
        // pending changes go first, so that an entry never precedes the change it records
        trail.flush();
        AuditRepository.Head head = trail.lockHead(chainKey);
        trail.append(AuditEntry.append(chainKey, head.lastSeq() + 1, clock.instant(), actor, entityType, entityId, action,
                before, after, head.lastHash()));
    }
}
