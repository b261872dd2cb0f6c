package org.selfcheck.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.selfcheck.company.CompanyScope;
import org.selfcheck.security.Caller;
import org.selfcheck.security.CallerContext;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.AccessDeniedException;
import org.selfcheck.shared.NotFoundException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and verifies the audit trail. Only admins verify; a company's entries are read by whoever may read
 * the company (its users, its bureau, admins), the system chain by admins.
 */
@Stateless
public class AuditService {

    static final int BATCH = 1000;
    static final int MAX_PAGE = 200;

    @Inject
    AuditRepository audit;

    @Inject
    CompanyScope scope;

    @Inject
    CallerContext callerContext;

    @Inject
    Clock clock;

    /**
     * Verifies one chain, or all when {@code chainKey} is null, and names the first broken entry of each
     * broken chain. Runs outside a transaction: each batch is its own read, and entries appended while it
     * runs lie beyond the heads read at the start and are left for the next run.
     */
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AuditVerification verify(String chainKey) {
        callerContext.require();
        List<AuditRepository.Head> heads = chainKey == null || chainKey.isBlank() ? audit.heads()
                : List.of(audit.head(chainKey).orElseThrow(() -> new NotFoundException("audit.chainNotFound", chainKey)));
        long entries = 0;
        List<ChainCheck> broken = new ArrayList<>();
        for (AuditRepository.Head head : heads) {
            ChainCheck check = verify(head);
            entries += check.entries();
            if (!check.intact()) {
                broken.add(check);
            }
        }
        return new AuditVerification(clock.instant(), heads.size(), entries, broken);
    }

    private ChainCheck verify(AuditRepository.Head head) {
        ChainVerifier verifier = new ChainVerifier(head.chainKey());
        long after = 0;
        while (after < head.lastSeq()) {
            List<AuditEntry> batch = audit.range(head.chainKey(), after, head.lastSeq(), BATCH);
            if (batch.isEmpty()) {
                break;
            }
            for (AuditEntry e : batch) {
                if (!verifier.accept(e)) {
                    return verifier.finish(head.lastSeq(), head.lastHash());
                }
            }
            after = batch.get(batch.size() - 1).seq();
        }
        return verifier.finish(head.lastSeq(), head.lastHash());
    }

    /** The newest entries of a chain, optionally of one record (entity type and id). */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<AuditEntry> entries(String chainKey, String entityType, String entityId, int first, int max) {
        Caller caller = callerContext.require();
        String prefix = AuditLog.companyChain("");
        if (chainKey != null && chainKey.startsWith(prefix)) {
            scope.readable(chainKey.substring(prefix.length()));
        } else if (!caller.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("access.role");
        }
        return audit.newest(chainKey, entityType == null || entityType.isBlank() ? null : entityType, entityId,
                Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE));
    }
}
