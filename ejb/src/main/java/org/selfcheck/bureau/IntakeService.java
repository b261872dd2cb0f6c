package org.selfcheck.bureau;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.selfcheck.filing.BureauEntry;
import org.selfcheck.filing.BureauRouting;
import org.selfcheck.filing.BureauRepository;
import org.selfcheck.report.PortalKey;
import org.selfcheck.security.CallerContext;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.ConflictException;
import org.selfcheck.shared.JsonP;
import org.selfcheck.shared.Quarter;

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

    @Inject
    IntakeRepository intake;

    @Inject
    CallerContext callerContext;

    @Inject
    PortalKey portalKey;

    @Inject
    IntakeKey intakeKey;

    @Inject
    Clock clock;

    @Inject
    BureauRepository bureaus;

    @RolesAllowed(Roles.FILING_SERVICE)
    public IntakeReceipt receive(String body) {
        String account = callerContext.require().username();
        ReceivedFiling f = ReceivedFiling.check(body, portalKey.signer().publicKey());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String receiptNo = receiptNumber(now, intake.nextReceiptSequence());
        String bureau = bureauName(f.regionCode());
        String jws = intakeKey.signer().signClaims(JsonP.PROVIDER.createObjectBuilder()
                .add("receiptNo", receiptNo)
                .add("receivedAt", now.toString())
                .add("filingId", f.filingId().toString())
                .add("digest", f.digest())
                .add("bureau", bureau)
                .build());
        if (intake.add(f, receiptNo, now, account, jws, bureau)) {
            return new IntakeReceipt(receiptNo, now, f.filingId().toString(), f.digest(), bureau, jws, true);
        }
        IntakeReceipt first = intake.receiptOf(f.filingId());
        if (!first.digest().equals(f.digest())) {
            throw new ConflictException("intake.otherDocument");
        }
        return first;
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
        return BureauRouting.route(regionCode, bureaus.over(regionCode)).map(BureauEntry::name).orElse(INTAKE_NAME);
    }
}
