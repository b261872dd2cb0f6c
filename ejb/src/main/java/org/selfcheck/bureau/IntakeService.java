package org.selfcheck.bureau;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selfcheck.filing.BureauEntry;
import org.selfcheck.filing.BureauRouting;
import org.selfcheck.filing.Bureaus;
import org.selfcheck.report.PortalKey;
import org.selfcheck.security.CallerContext;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.ConflictException;
import org.selfcheck.shared.Quarter;
import org.selfcheck.shared.persistence.Sql;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The bureau's intake: checks a posted filing, stores it once, and answers with the bureau's signed receipt.
 * Idempotent by filing id through the primary key ({@code INSERT ... ON CONFLICT DO NOTHING}, never a
 * check-then-insert): a delivery repeated after a lost answer gets the original receipt and stores nothing; the
 * same filing id with another document is refused. Only the filing service account may post.
 */
@Stateless
public class IntakeService {

    /** Who the receipt names when no bureau of the directory covers the site (an intake of its own). */
    static final String INTAKE_NAME = "SelfCheck intake";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(Quarter.ZONE);

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    @Inject
    CallerContext callerContext;

    @Inject
    PortalKey portalKey;

    @Inject
    IntakeKey intakeKey;

    @Inject
    Clock clock;

    @Inject
    Bureaus bureaus;

    @RolesAllowed(Roles.FILING_SERVICE)
    public IntakeReceipt receive(String body) {
        String account = callerContext.require().username();
        ReceivedFiling f = ReceivedFiling.check(body, portalKey.signer().publicKey());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long seq = ((Number) em.createNativeQuery("SELECT nextval('intake_receipt_seq')").getSingleResult()).longValue();
        String receiptNo = receiptNumber(now, seq);
        String bureau = bureauName(f.regionCode());
        String jws = intakeKey.signer().signClaims(Json.createObjectBuilder()
                .add("receiptNo", receiptNo)
                .add("receivedAt", now.toString())
                .add("filingId", f.filingId().toString())
                .add("digest", f.digest())
                .add("bureau", bureau)
                .build());
        int inserted = em.createNativeQuery("""
                        INSERT INTO intake_filing (filing_id, receipt_no, received_at, received_by, credit_code, region_code,
                                                   kind, event, digest, document, portal_jws, receipt_jws, bureau)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                        ON CONFLICT (filing_id) DO NOTHING""")
                .setParameter(1, f.filingId()).setParameter(2, receiptNo).setParameter(3, Timestamp.from(now))
                .setParameter(4, account).setParameter(5, f.creditCode()).setParameter(6, f.regionCode())
                .setParameter(7, f.kind().name()).setParameter(8, f.event().name()).setParameter(9, f.digest())
                .setParameter(10, f.canonicalDocument()).setParameter(11, f.portalJws()).setParameter(12, jws).setParameter(13, bureau)
                .executeUpdate();
        if (inserted == 1) {
            return new IntakeReceipt(receiptNo, now, f.filingId().toString(), f.digest(), bureau, jws, true);
        }
        Object[] first = (Object[]) em.createNativeQuery("""
                        SELECT receipt_no, received_at, digest, receipt_jws, bureau FROM intake_filing WHERE filing_id = ?1""")
                .setParameter(1, f.filingId()).getSingleResult();
        if (!first[2].toString().strip().equals(f.digest())) {
            throw new ConflictException("intake.otherDocument");
        }
        return new IntakeReceipt((String) first[0], Sql.instant(first[1]), f.filingId().toString(), f.digest(),
                (String) first[4], (String) first[3], false);
    }

    /** RC, the day received in China Standard Time, and a number that is unique across nodes: RC20261127-00000042. */
    static String receiptNumber(Instant receivedAt, long sequence) {
        return "RC" + DAY.format(receivedAt) + "-" + String.format("%08d", sequence);
    }

    /** The JWK set of the receipts' key, for the portal (or anyone) to verify receipts with. */
    @PermitAll
    public String keys() {
        return "{\"keys\":[" + intakeKey.signer().publicJwk() + "]}";
    }

    private String bureauName(String regionCode) {
        return BureauRouting.route(regionCode, bureaus.all()).map(BureauEntry::name).orElse(INTAKE_NAME);
    }
}
