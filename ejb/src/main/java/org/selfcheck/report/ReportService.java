package org.selfcheck.report;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.persistence.PersistenceException;
import org.selfcheck.company.Company;
import org.selfcheck.company.CompanyScope;
import org.selfcheck.hazard.HazardService;
import org.selfcheck.region.RegionDirectory;
import org.selfcheck.inspection.CheckDetails;
import org.selfcheck.inspection.CheckService;
import org.selfcheck.organisation.Keepers;
import org.selfcheck.organisation.OrgRole;
import org.selfcheck.organisation.Organisation;
import org.selfcheck.organisation.OrganisationRepository;
import org.selfcheck.organisation.OrganisationService;
import org.selfcheck.report.pdf.ReportPdf;
import org.selfcheck.report.seal.CanonicalJson;
import org.selfcheck.report.seal.Digests;
import org.selfcheck.report.seal.Seal;
import org.selfcheck.report.seal.SealVerifier;
import org.selfcheck.report.seal.Verification;
import org.selfcheck.security.Caller;
import org.selfcheck.security.CallerContext;
import org.selfcheck.security.FreshLogin;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.AuditedChange;
import org.selfcheck.shared.ConflictException;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.Json;
import org.selfcheck.shared.NotFoundException;
import org.selfcheck.shared.Quarter;
import org.selfcheck.shared.Settings;
import org.selfcheck.shared.Texts;
import org.selfcheck.shared.persistence.Sql;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * Quarterly reports (R4): the safety manager prepares one from what the product holds and submits it; the
 * principal himself signs it after a fresh login, which seals it (canonical JSON, SHA-256, the portal's JWS).
 * A signed report never changes; a correction is a new version that names the one it corrects and is signed
 * again. Anyone who may read the company reads and verifies its reports.
 */
@Stateless
public class ReportService {

    private static final String REPORT = "quarterly-report";
    private static final Jsonb JSON = Json.STORED;

    @Inject
    Event<AuditedChange> changes;

    @Inject
    RegionDirectory regions;

    @Inject
    Event<ReportSigned> signatures;

    @Inject
    ReportRepository reports;

    @Inject
    CompanyScope companyScope;

    @Inject
    OrganisationRepository organisations;

    @Inject
    OrganisationService organisationService;

    @Inject
    CheckService checks;

    @Inject
    HazardService hazards;

    @Inject
    PortalKey portalKey;

    @Inject
    FreshLogin freshLogin;

    @Inject
    Settings settings;

    @Inject
    CallerContext callerContext;

    @Inject
    Clock clock;

    // ---- reads ------------------------------------------------------------------------------------------

    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<ReportSummary> list(String creditCode) {
        Company company = companyScope.readable(creditCode);
        return reports.ofCompany(company.id()).stream().map(ReportRecord::toSummary).toList();
    }

    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public ReportDocument get(long id) {
        ReportRecord r = reports.find(id).orElseThrow(() -> new NotFoundException("report.notFound", id));
        Company company = companyScope.readableOwnerOf(r.companyId(), () -> new NotFoundException("report.notFound", id));
        return new ReportDocument(r.toSummary(), JSON.fromJson(r.content(), QuarterlyReport.class), r.content(), r.jws(),
                digest(r.content()), actions(r, company));
    }

    /** What the caller may do with this version now: as {@link #refresh}, {@link #submit} and {@link #sign} decide. */
    private Set<ReportAction> actions(ReportRecord r, Company company) {
        Caller caller = callerContext.require();
        if (!company.creditCode().equals(caller.companyCode())) {
            return Set.of();
        }
        boolean principal = r.status() == ReportRecord.Status.SUBMITTED && caller.hasRole(Roles.PRINCIPAL)
                && Keepers.isPrincipal(caller, organisations.load(company.id()), Quarter.today(clock));
        return ReportAction.allowed(r.status(), caller.hasRole(Roles.SAFETY_MANAGER), principal);
    }

    /**
     * What signing would seal now: the report compiled again from the records, its digest (to sign it by), and what
     * changed since the version was prepared, by section. A signed version has nothing to preview.
     */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL})
    public SigningPreview preview(long id) {
        Change c = change(id);
        if (c.report.status() == ReportRecord.Status.SIGNED) {
            throw new ConflictException("report.signed");
        }
        String fresh = JSON.toJson(compile(c.company, quarter(c.report.quarter()), Quarter.today(clock)));
        return new SigningPreview(digest(fresh), JSON.fromJson(fresh, QuarterlyReport.class), ReportDiff.between(c.report.content(), fresh));
    }

    /**
     * What signing would seal and how it differs from what was prepared.
     *
     * @param digest  the SHA-256 of the content's canonical JSON: sign with it to seal exactly this content
     * @param changes empty when the records did not change since the version was prepared
     */
    public record SigningPreview(String digest, QuarterlyReport content, List<ReportDiff.Change> changes) {
    }

    /** The portal's public key as a JWK set, so that bureaus and anyone holding a report can check its JWS themselves. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public String publicKeys() {
        return "{\"keys\":[" + portalKey.signer().publicJwk() + "]}";
    }

    /** Whether a stored report's content, digest and signature still match. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public Verification verify(long id) {
        ReportRecord r = readable(id);
        if (r.status() != ReportRecord.Status.SIGNED) {
            throw new ConflictException("report.notSigned");
        }
        return SealVerifier.verify(r.content(), r.digest(), r.jws(), portalKey.signer().publicKey(), String.valueOf(r.id()),
                r.version());
    }

    /**
     * The public check a printed report's QR code opens, without a login: for the digest printed on it, whether this
     * portal holds a report sealed with it whose content, digest and signature still match, and who signed it when.
     * Nothing else of the report is shown; an unknown digest is simply not found.
     */
    @PermitAll
    public PublicVerification verifyPublicly(String digest) {
        String d = digest == null ? "" : digest.strip();
        if (!d.matches("[0-9a-f]{64}")) {
            throw InvalidInputException.of("digest", "report.digest.format");
        }
        ReportRecord r = reports.signedByDigest(d).orElseThrow(() -> new NotFoundException("report.digest.unknown", d));
        Verification v = SealVerifier.verify(r.content(), r.digest(), r.jws(), portalKey.signer().publicKey(),
                String.valueOf(r.id()), r.version());
        return new PublicVerification(r.digest(), r.signerName(), r.signedAt(), v.valid());
    }

    /** What anyone may learn from a printed report's digest: who signed it, when, and whether the seal still holds. */
    public record PublicVerification(String digest, String signer, Instant signedAt, boolean valid) {
    }

    /** Whether a report document (its canonical JSON and the JWS printed with it) was signed by this portal. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public Verification verifyDocument(String canonicalJson, String jws) {
        callerContext.require();
        if (canonicalJson == null || jws == null) {
            throw InvalidInputException.of("document", "report.document.required");
        }
        String canonical;
        try {
            canonical = CanonicalJson.canonical(canonicalJson);
        } catch (IllegalArgumentException e) {
            return new Verification(false, false, false, Verification.MALFORMED);
        }
        // the digest the signature should cover is the upload's own: altered content then fails on the signature
        return SealVerifier.verify(canonical, Digests.sha256Hex(canonical), jws, portalKey.signer().publicKey());
    }

    /**
     * The signed report as a PDF in the official layout, in the caller's language, with a QR code to
     * {@code verificationUrl}.
     */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public byte[] pdf(long id, java.util.Locale locale, String verificationUrl) {
        ReportRecord r = readable(id);
        if (r.status() != ReportRecord.Status.SIGNED) {
            throw new ConflictException("report.notSigned");
        }
        QuarterlyReport report = JSON.fromJson(r.content(), QuarterlyReport.class);
        return ReportPdf.render(PdfLayout.model(report, r.toSummary(), locale, verificationUrl, regions::fullName), settings.pdfFont());
    }

    /** Where the report on the last ended quarter stands: signed on time or late, due (with its date) or overdue. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public ReportDue due(String creditCode) {
        Company company = companyScope.readable(creditCode);
        LocalDate today = Quarter.today(clock);
        Quarter quarter = Quarter.of(today).previous();
        LocalDate due = quarter.reportDeadline(dueDay());
        ReportRecord signed = reports.ofCompany(company.id()).stream()
                .filter(r -> r.quarter().equals(quarter.toString()) && r.status() == ReportRecord.Status.SIGNED)
                .min(java.util.Comparator.comparing(ReportRecord::signedAt)).orElse(null);
        return ReportDue.of(quarter.toString(), due, today, signed == null ? null : signed.id(),
                signed == null ? null : signed.signedAt());
    }

    // ---- the company's work ---------------------------------------------------------------------------

    /**
     * Compiles the report of a quarter. An unsigned version is compiled again (and must be submitted again); after
     * a signed version, a correction with its reason becomes the next version.
     */
    @RolesAllowed(Roles.SAFETY_MANAGER)
    public ReportSummary prepare(String quarterText, String correctionNote) {
        Caller caller = callerContext.require();
        Company company = companyScope.ownLocked();
        Quarter quarter = quarter(quarterText);
        LocalDate today = Quarter.today(clock);
        if (quarter.first().isAfter(today)) {
            throw InvalidInputException.of("quarter", "report.quarter.future", quarter.toString());
        }
        String content = JSON.toJson(compile(company, quarter, today));
        Instant now = now();
        ReportRecord latest = reports.latest(company.id(), quarter.toString()).orElse(null);
        ReportRecord r;
        if (latest != null && latest.status() != ReportRecord.Status.SIGNED) {
            ReportSummary before = latest.toSummary();
            latest.prepare(content, caller.username(), now);
            reports.flush();
            r = latest;
            changes.fire(AuditedChange.of(company.creditCode(), REPORT, r.id(), "PREPARE", before, r.toSummary()));
            return r.toSummary();
        }
        String note = Texts.clean(correctionNote);
        if (latest != null && note == null) {
            throw InvalidInputException.of("correctionNote", "report.correction.reason");
        }
        try {
            r = reports.add(new ReportRecord(company.id(), quarter.toString(), latest == null ? 1 : latest.version() + 1,
                    latest == null ? null : latest.id(), note == null ? null : Texts.truncate(note, 1000), content,
                    caller.username(), now));
        } catch (PersistenceException e) {
            if (Sql.isUniqueViolation(e)) {
                throw new ConflictException("conflict.concurrent");
            }
            throw e;
        }
        changes.fire(AuditedChange.of(company.creditCode(), REPORT, r.id(), latest == null ? "PREPARE" : "PREPARE_CORRECTION",
                null, r.toSummary()));
        return r.toSummary();
    }

    /** Compiles an unsigned version again from the current records. */
    @RolesAllowed(Roles.SAFETY_MANAGER)
    public ReportSummary refresh(long id) {
        ReportRecord r = change(id).report;
        if (r.status() == ReportRecord.Status.SIGNED) {
            throw new ConflictException("report.signed");
        }
        return prepare(r.quarter(), null);
    }

    @RolesAllowed(Roles.SAFETY_MANAGER)
    public ReportSummary submit(long id) {
        Change c = change(id);
        if (c.report.status() != ReportRecord.Status.DRAFT) {
            throw new ConflictException(c.report.status() == ReportRecord.Status.SIGNED ? "report.signed" : "report.submitted");
        }
        ReportSummary before = c.report.toSummary();
        c.report.submit(c.caller.username(), c.now);
        reports.flush();
        changes.fire(c.audited("SUBMIT", before));
        return c.report.toSummary();
    }

    /** As {@link #sign(long, String, String)} for the content as it was prepared (and shown). */
    @RolesAllowed(Roles.PRINCIPAL)
    public ReportSummary sign(long id, String idToken) {
        return sign(id, idToken, null);
    }

    /**
     * The principal himself signs a submitted report, with proof of a fresh login (an ID token from Keycloak no
     * older than {@link FreshLogin#MAX_AGE}). What is sealed is the report compiled from the records at this moment; if
     * that is not what he was shown ({@code shownDigest}, the digest of the content he read; null: as prepared), signing
     * stops with {@code report.changed} (409) and {@link #preview} shows him what changed, to sign the new content. Once
     * sealed the report can never change again.
     */
    @RolesAllowed(Roles.PRINCIPAL)
    public ReportSummary sign(long id, String idToken, String shownDigest) {
        Change c = change(id);
        Organisation o = organisations.load(c.company.id());
        LocalDate today = Quarter.today(clock);
        Keepers.requirePrincipal(c.caller, o, today, "report.principalOnly");
        if (c.report.status() != ReportRecord.Status.SUBMITTED) {
            throw new ConflictException(c.report.status() == ReportRecord.Status.SIGNED ? "report.signed" : "report.notSubmitted");
        }
        Instant loggedIn = freshLogin.verify(idToken, c.caller.username(), c.now);
        String fresh = JSON.toJson(compile(c.company, quarter(c.report.quarter()), today));
        String shown = shownDigest == null || shownDigest.isBlank() ? digest(c.report.content()) : shownDigest.strip();
        if (!digest(fresh).equals(shown)) {
            throw new ConflictException("report.changed");
        }
        String signer = o.personByLogin(c.caller.username()).map(p -> p.name()).orElse(c.caller.username());
        Seal seal = Seal.seal(fresh, portalKey.signer(), String.valueOf(id), c.report.version());
        ReportSummary before = c.report.toSummary();
        c.report.seal(seal.canonicalJson(), seal.digest(), seal.jws(), seal.keyId(), signer, loggedIn, c.caller.username(), c.now);
        reports.flush();
        signatures.fire(new ReportSigned(c.company, c.report.toSummary(), seal.canonicalJson(), seal.jws(),
                c.caller.username(), c.now, c.audited("SIGN", before)));
        return c.report.toSummary();
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private QuarterlyReport compile(Company company, Quarter quarter, LocalDate today) {
        LocalDate asOf = quarter.last().isBefore(today) ? quarter.last() : today;
        var organisation = organisations.load(company.id()).asOf(asOf);
        List<CheckDetails> quarterChecks = checks.between(company.creditCode(), LocalDate.of(quarter.year(), 1, 1), quarter.last());
        return ReportCompiler.compile(company.toDetails(), quarter, organisation, quarterChecks,
                hazards.ledger(company.creditCode(), HazardService.Filter.ALL),
                checks.calendar(company.creditCode(), quarter.year()), quarter.reportDeadline(dueDay()));
    }

    /**
     * The day of the following quarter's first month by which reports are due: 15 (16号令 Art. 14) unless the
     * province configured another (SELFCHECK_REPORT_DUE_DAY).
     */
    public int dueDay() {
        return settings.reportDueDay();
    }

    private ReportRecord readable(long id) {
        ReportRecord r = reports.find(id).orElseThrow(() -> new NotFoundException("report.notFound", id));
        companyScope.readableOwnerOf(r.companyId(), () -> new NotFoundException("report.notFound", id));
        return r;
    }

    private static Quarter quarter(String text) {
        try {
            return Quarter.parse(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("quarter", "quarter.format", String.valueOf(text));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The digest a report's content is signed by: SHA-256 of its canonical JSON. */
    private static String digest(String content) {
        return Digests.sha256Hex(CanonicalJson.canonical(content));
    }

    /** A report of the caller's own company, locked. */
    private Change change(long id) {
        Caller caller = callerContext.require();
        ReportRecord r = reports.lock(id).orElseThrow(() -> new NotFoundException("report.notFound", id));
        Company company = companyScope.ownLocked();
        if (company.id() != r.companyId()) {
            throw new NotFoundException("report.notFound", id);
        }
        return new Change(caller, company, r, now());
    }

    private record Change(Caller caller, Company company, ReportRecord report, Instant now) {
        /** The audit entry of a change of this report: before it, and as it is now. */
        AuditedChange audited(String action, ReportSummary before) {
            return AuditedChange.of(company.creditCode(), REPORT, report.id(), action, before, report.toSummary());
        }
    }
}
