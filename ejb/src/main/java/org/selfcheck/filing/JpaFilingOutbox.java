package org.selfcheck.filing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.selfcheck.security.Caller;
import org.selfcheck.security.SystemProcess;
import org.selfcheck.shared.Settings;
import org.selfcheck.routes.port.FilingOutbox;
import org.selfcheck.routes.port.FilingReceipt;
import org.selfcheck.routes.port.OutgoingFiling;
import org.selfcheck.shared.AuditedChange;
import org.selfcheck.shared.Texts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The filing outbox in PostgreSQL, as the delivery route's port (its SQL in {@link FilingRepository}). Every method is
 * one short transaction.
 *
 * <p>Claiming is safe with any number of nodes: due rows are locked with {@code FOR UPDATE SKIP LOCKED}, so two
 * nodes never claim the same row, and marked 发送中 with a lease; a node that dies while sending leaves rows whose
 * lease runs out, and they are claimed again (the bureau's intake is idempotent by filing id, so a second
 * delivery returns the first receipt). An outcome only applies to the attempt it belongs to: a late answer of an
 * attempt whose lease ran out does not overwrite a newer one, and nothing overwrites a delivery.
 */
@Stateless
@Local(FilingOutbox.class)
@PermitAll
@SystemProcess(JpaFilingOutbox.PROCESS)
public class JpaFilingOutbox implements FilingOutbox {

    /** The process the route's calls run as (its named system caller). */
    static final String PROCESS = "filing-delivery";
    /** Who the audit trail names for the route's changes. */
    static final String ACTOR = Caller.SYSTEM_PREFIX + PROCESS;

    @Inject
    FilingRepository filings;

    @Inject
    Event<FilingDelivered> deliveries;

    @Inject
    Settings settings;

    @Inject
    Event<AuditedChange> changes;

    @Override
    public List<OutgoingFiling> claim(int max) {
        return filings.claim(max, lease());
    }

    @Override
    public void delivered(String filingId, FilingReceipt receipt) {
        filings.delivered(UUID.fromString(filingId), receipt).ifPresent(d -> deliveries.fire(new FilingDelivered(d.companyId(),
                d.quarter(), receipt.receivedAt(), AuditedChange.of(d.creditCode(), FilingRecorder.FILING, filingId, "DELIVERED",
                        null, Map.of("receiptNo", receipt.receiptNo(), "receivedAt", receipt.receivedAt().toString(),
                                "bureau", receipt.bureau() == null ? "" : receipt.bureau())).by(ACTOR))));
    }

    @Override
    public void retryLater(String filingId, int attempt, String error, Instant nextAttemptAt) {
        filings.retryLater(UUID.fromString(filingId), attempt, error, nextAttemptAt);
    }

    @Override
    public void deadLetter(String filingId, int attempt, String error) {
        filings.failed(UUID.fromString(filingId), attempt, error).ifPresent(creditCode -> changes.fire(AuditedChange.of(
                creditCode, FilingRecorder.FILING, filingId, "FAILED", null,
                Map.of("attempts", attempt, "error", Texts.truncate(String.valueOf(error), 500))).by(ACTOR)));
    }

    /**
     * How long a claimed filing stays with the node that claimed it before another may take it: longer than one
     * batch can take to send ({@code selfcheck.filing.lease-seconds}, 60 by default).
     */
    Duration lease() {
        return settings.filingLease();
    }
}
