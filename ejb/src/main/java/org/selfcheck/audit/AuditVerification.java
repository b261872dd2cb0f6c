package org.selfcheck.audit;

import java.time.Instant;
import java.util.List;

/**
 * The result of verifying audit chains.
 *
 * @param chains  how many chains were verified
 * @param entries how many entries were read
 * @param intact  whether every chain verified
 * @param broken  every broken chain, with its first broken entry; empty when all are intact
 */
public record AuditVerification(Instant verifiedAt, long chains, long entries, boolean intact, List<ChainCheck> broken) {

    public AuditVerification(Instant verifiedAt, long chains, long entries, List<ChainCheck> broken) {
        this(verifiedAt, chains, entries, broken.isEmpty(), List.copyOf(broken));
    }
}
