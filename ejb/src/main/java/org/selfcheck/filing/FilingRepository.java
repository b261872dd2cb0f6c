package org.selfcheck.filing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import org.selfcheck.hazard.FirstReceipts;
import org.selfcheck.routes.port.FilingReceipt;
import org.selfcheck.routes.port.OutgoingFiling;
import org.selfcheck.shared.Texts;
import org.selfcheck.shared.persistence.Sql;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The filing outbox in PostgreSQL ({@code filing}): filings recorded, read with their company and bureau, replayed,
 * and claimed and settled by the delivery ({@link JpaFilingOutbox}); joins the caller's transaction. It is also the
 * hazard package's port {@link FirstReceipts}.
 */
@ApplicationScoped
public class FilingRepository implements FirstReceipts {

    /** The one SELECT of filings with their company and bureau; {@link #view} makes a {@link FilingView} of a row. */
    private static final String SELECT = """
            SELECT f.id, f.kind, f.event, c.credit_code, c.name, f.report_id, f.hazard_id, f.region_code, f.bureau_id,
                   b.name, f.status, f.attempts, f.next_attempt_at, f.last_error, f.receipt_no, f.receipt_at,
                   f.receipt_bureau, f.receipt_jws, f.delivered_at, f.replays, f.digest, f.created_at, f.created_by
              FROM filing f JOIN company c ON c.id = f.company_id LEFT JOIN bureau b ON b.id = f.bureau_id
            """;

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    /** What a new filing records; without a bureau it is UNROUTED, with no next attempt and {@code lastError} saying why. */
    public record NewFiling(UUID id, long companyId, FilingEvent event, String cause, Long reportId, Long hazardId,
                            String regionCode, Long bureauId, FilingDocument.Sealed sealed, FilingStatus status,
                            Instant nextAttemptAt, String lastError, Instant createdAt, String createdBy) {
    }

    /** What replaying a filing needs to know of it. */
    public record Replayable(FilingStatus status, String regionCode, FilingKind kind, Long bureauId) {
    }

    /** A filing just marked delivered: whose, and the quarter if it is a report's. */
    public record Delivered(String creditCode, long companyId, String quarter) {
    }

    /** Records a filing once per cause ({@code ON CONFLICT DO NOTHING}); false if its cause was filed already. */
    public boolean add(NewFiling n) {
        return em.createNativeQuery("""
                        INSERT INTO filing (id, company_id, kind, event, cause, report_id, hazard_id, region_code, bureau_id,
                                            document, digest, jws, status, next_attempt_at, last_error, created_at,
                                            created_by, updated_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?16)
                        ON CONFLICT (cause) DO NOTHING""")
                .setParameter(1, n.id()).setParameter(2, n.companyId()).setParameter(3, n.event().kind().name())
                .setParameter(4, n.event().name()).setParameter(5, n.cause()).setParameter(6, n.reportId())
                .setParameter(7, n.hazardId()).setParameter(8, n.regionCode()).setParameter(9, n.bureauId())
                .setParameter(10, n.sealed().canonicalJson()).setParameter(11, n.sealed().digest())
                .setParameter(12, n.sealed().jws()).setParameter(13, n.status().name())
                .setParameter(14, n.nextAttemptAt() == null ? null : Timestamp.from(n.nextAttemptAt()))
                .setParameter(15, n.lastError())
                .setParameter(16, Timestamp.from(n.createdAt())).setParameter(17, n.createdBy())
                .executeUpdate() == 1;
    }

    public Optional<FilingView> find(UUID id) {
        return views(SELECT + " WHERE f.id = ?1", id).stream().findFirst();
    }

    /** The id of the filing's company, if the filing exists. */
    public Optional<Long> companyOf(UUID id) {
        List<?> owner = em.createNativeQuery("SELECT company_id FROM filing WHERE id = ?1").setParameter(1, id).getResultList();
        return owner.stream().findFirst().map(o -> ((Number) o).longValue());
    }

    /** A company's filings, newest first, optionally only one report's ({@code reportId}) or else one hazard's. */
    public List<FilingView> ofCompany(long companyId, Long reportId, Long hazardId, int max) {
        String subject = reportId != null ? " AND f.report_id = " + reportId.longValue()
                : hazardId != null ? " AND f.hazard_id = " + hazardId.longValue() : "";
        return views(SELECT + " WHERE f.company_id = ?1" + subject + " ORDER BY f.created_at DESC, f.id LIMIT ?2",
                companyId, max);
    }

    /** A report's filings, newest first. */
    public List<FilingView> ofReport(long reportId) {
        return views(SELECT + " WHERE f.report_id = ?1 ORDER BY f.created_at DESC", reportId);
    }

    /** A hazard's filings, newest first. */
    public List<FilingView> ofHazard(long hazardId) {
        return views(SELECT + " WHERE f.hazard_id = ?1 ORDER BY f.created_at DESC", hazardId);
    }

    /** Failed and unrouted filings, then those being retried; newest first. */
    public List<FilingView> problems(int max) {
        return views(SELECT + """
                 WHERE f.status IN ('FAILED', 'UNROUTED', 'RETRYING')
                 ORDER BY CASE WHEN f.status = 'RETRYING' THEN 1 ELSE 0 END, f.updated_at DESC LIMIT ?1""", max);
    }

    /** How many filings are in each status. */
    @SuppressWarnings("unchecked")
    public Map<FilingStatus, Long> counts() {
        Map<FilingStatus, Long> counts = new EnumMap<>(FilingStatus.class);
        for (FilingStatus s : FilingStatus.values()) {
            counts.put(s, 0L);
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT status, count(*) FROM filing GROUP BY status").getResultList()) {
            counts.put(FilingStatus.valueOf((String) r[0]), ((Number) r[1]).longValue());
        }
        return counts;
    }

    /** Locks the filing's row until the transaction ends and reads what a replay needs of it. */
    @SuppressWarnings("unchecked")
    public Optional<Replayable> lockForReplay(UUID id) {
        List<Tuple> rows = em.createNativeQuery("SELECT status, region_code, kind, bureau_id FROM filing WHERE id = ?1 FOR UPDATE",
                        Tuple.class)
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> new Replayable(FilingStatus.valueOf(r.get("status", String.class)),
                r.get("region_code", String.class), FilingKind.valueOf(r.get("kind", String.class)), number(r.get("bureau_id"))));
    }

    /** Sends the filing again to the bureau, its attempts counted from zero. */
    public void replay(UUID id, long bureauId) {
        em.createNativeQuery("""
                        UPDATE filing SET status = 'PENDING', bureau_id = ?2, attempts = 0, replays = replays + 1,
                                          next_attempt_at = now(), last_error = NULL, updated_at = now()
                         WHERE id = ?1""")
                .setParameter(1, id).setParameter(2, bureauId).executeUpdate();
    }

    /**
     * What R6's "reported as required" rests on: when the bureau first received a hazard (the earliest receipt of any
     * of its filings: recorded, or a milestone).
     */
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

    /**
     * Claims up to {@code max} due filings for the {@code lease} ({@code FOR UPDATE SKIP LOCKED}, see
     * {@link JpaFilingOutbox}): marked 发送中, their attempt counted, due again when the lease runs out.
     */
    @SuppressWarnings("unchecked")
    public List<OutgoingFiling> claim(int max, Duration lease) {
        List<Tuple> rows = em.createNativeQuery("""
                        UPDATE filing f
                           SET status = 'SENDING', attempts = f.attempts + 1, updated_at = now(),
                               next_attempt_at = now() + make_interval(secs => ?2)
                          FROM (SELECT id FROM filing
                                 WHERE status IN ('PENDING', 'SENDING', 'RETRYING') AND next_attempt_at <= now()
                                 ORDER BY next_attempt_at
                                 LIMIT ?1
                                   FOR UPDATE SKIP LOCKED) due, bureau b
                         WHERE f.id = due.id AND b.id = f.bureau_id
                        RETURNING f.id, b.intake_url, b.receipt_keys_url, f.document, f.digest, f.jws, f.attempts, f.created_at""",
                        Tuple.class)
                .setParameter(1, max).setParameter(2, (double) lease.toSeconds())
                .getResultList();
        return rows.stream().map(r -> {
            String digest = r.get("digest").toString().strip();
            return new OutgoingFiling(r.get("id").toString(), r.get("intake_url", String.class),
                    r.get("receipt_keys_url", String.class),
                    FilingDocument.Sealed.envelope(r.get("document", String.class), digest, r.get("jws", String.class)),
                    digest, ((Number) r.get("attempts")).intValue(), Sql.instant(r.get("created_at")));
        }).toList();
    }

    /** Marks the filing delivered with the bureau's receipt, unless it already was (then empty). */
    @SuppressWarnings("unchecked")
    public Optional<Delivered> delivered(UUID id, FilingReceipt receipt) {
        List<Object[]> rows = em.createNativeQuery("""
                        UPDATE filing SET status = 'DELIVERED', receipt_no = ?2, receipt_at = ?3, receipt_bureau = ?4,
                                          receipt_jws = ?5, delivered_at = now(), next_attempt_at = NULL,
                                          last_error = NULL, updated_at = now()
                         WHERE id = ?1 AND status <> 'DELIVERED'
                        RETURNING (SELECT credit_code FROM company c WHERE c.id = filing.company_id), company_id,
                                  (SELECT q.quarter FROM quarterly_report q WHERE q.id = filing.report_id)""")
                .setParameter(1, id).setParameter(2, receipt.receiptNo())
                .setParameter(3, Timestamp.from(receipt.receivedAt())).setParameter(4, receipt.bureau())
                .setParameter(5, receipt.jws())
                .getResultList();
        return rows.stream().findFirst().map(r -> new Delivered((String) r[0], ((Number) r[1]).longValue(), (String) r[2]));
    }

    /** The attempt failed: due again at {@code nextAttemptAt}, unless the attempt is no longer the filing's latest. */
    public void retryLater(UUID id, int attempt, String error, Instant nextAttemptAt) {
        em.createNativeQuery("""
                        UPDATE filing SET status = 'RETRYING', next_attempt_at = ?3, last_error = ?4, updated_at = now()
                         WHERE id = ?1 AND status = 'SENDING' AND attempts = ?2""")
                .setParameter(1, id).setParameter(2, attempt)
                .setParameter(3, Timestamp.from(nextAttemptAt)).setParameter(4, lastError(error))
                .executeUpdate();
    }

    /**
     * The last attempt failed: the filing is FAILED, unless the attempt is no longer its latest (then empty); the
     * credit code of its company.
     */
    public Optional<String> failed(UUID id, int attempt, String error) {
        List<?> company = em.createNativeQuery("""
                        UPDATE filing SET status = 'FAILED', next_attempt_at = NULL, last_error = ?3, updated_at = now()
                         WHERE id = ?1 AND status = 'SENDING' AND attempts = ?2
                        RETURNING (SELECT credit_code FROM company c WHERE c.id = filing.company_id)""")
                .setParameter(1, id).setParameter(2, attempt)
                .setParameter(3, lastError(error))
                .getResultList();
        return company.stream().findFirst().map(c -> (String) c);
    }

    /** An error as {@code last_error} keeps it: at most 2000 characters. */
    private static String lastError(String error) {
        return Texts.truncate(String.valueOf(error), 2000);
    }

    @SuppressWarnings("unchecked")
    private List<FilingView> views(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(FilingRepository::view).toList();
    }

    /** A row of {@link #SELECT}, by position: it has two columns named {@code name}. */
    private static FilingView view(Object[] r) {
        return new FilingView(uuid(r[0]), FilingKind.valueOf((String) r[1]), FilingEvent.valueOf((String) r[2]),
                (String) r[3], (String) r[4], number(r[5]), number(r[6]), (String) r[7], number(r[8]), (String) r[9],
                FilingStatus.valueOf((String) r[10]), ((Number) r[11]).intValue(), Sql.instant(r[12]), (String) r[13],
                (String) r[14], Sql.instant(r[15]), (String) r[16], (String) r[17], Sql.instant(r[18]), ((Number) r[19]).intValue(),
                r[20] == null ? null : r[20].toString().strip(), Sql.instant(r[21]), (String) r[22]);
    }

    private static UUID uuid(Object o) {
        return o instanceof UUID u ? u : UUID.fromString(o.toString());
    }

    private static Long number(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }
}
