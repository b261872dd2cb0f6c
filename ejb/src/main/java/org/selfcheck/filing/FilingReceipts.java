package org.selfcheck.filing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selfcheck.hazard.FirstReceipts;
import org.selfcheck.shared.persistence.Sql;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What R6's "reported as required" rests on: when the bureau first received a hazard (the earliest receipt of any of
 * its filings: recorded, or a milestone).
 * The hazard package reads it through its port {@link FirstReceipts}, in the caller's transaction and scope.
 */
@ApplicationScoped
public class FilingReceipts implements FirstReceipts {

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    @SuppressWarnings("unchecked")
    @Override
    public Map<Long, Instant> firstReceipts(Collection<Long> hazardIds) {
        Map<Long, Instant> receipts = new HashMap<>();
        if (hazardIds.isEmpty()) {
            return receipts;
        }
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT hazard_id, min(receipt_at) FROM filing
                         WHERE hazard_id = ANY (CAST(?1 AS bigint[])) AND status = 'DELIVERED' GROUP BY hazard_id""")
                .setParameter(1, Sql.bigintArray(hazardIds))
                .getResultList();
        for (Object[] r : rows) {
            receipts.put(((Number) r[0]).longValue(), Sql.instant(r[1]));
        }
        return receipts;
    }
}
