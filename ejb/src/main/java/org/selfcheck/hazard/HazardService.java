package org.selfcheck.hazard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.selfcheck.catalogue.CatalogueItemDetails;
import org.selfcheck.catalogue.CatalogueService;
import org.selfcheck.company.Company;
import org.selfcheck.company.CompanyRepository;
import org.selfcheck.company.CompanyScope;
import org.selfcheck.evidence.EvidenceFile;
import org.selfcheck.evidence.EvidenceStore;
import org.selfcheck.evidence.PhotoRef;
import org.selfcheck.organisation.Keepers;
import org.selfcheck.organisation.Organisation;
import org.selfcheck.organisation.OrganisationRepository;
import org.selfcheck.security.Caller;
import org.selfcheck.security.CallerContext;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.AuditedChange;
import org.selfcheck.shared.ConflictException;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.Messages;
import org.selfcheck.shared.NotFoundException;
import org.selfcheck.shared.Quarter;
import org.selfcheck.shared.Texts;
import org.selfcheck.shared.persistence.Sql;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The hazard register and remediation to verified closure (section 八: 一次告知、全程跟踪、及时复核). The safety
 * manager or the designated leader reports hazards, records the three elements and the plan (五落实), starts
 * remediation, records progress, submits for verification and requests deadline extensions; only the principal
 * himself decides an extension; a group member verifies (复查) with photos after, which closes the hazard.
 * Reads are open to whoever may read the company; another company's hazard does not exist for the caller.
 * Every change fires {@link HazardChanged} (audit, bureau summary) and, for the steps the bureau is told of,
 * {@link HazardMilestone} (filing); new hazards come only through {@link HazardRegister}.
 */
@Stateless
public class HazardService {

    static final int MAX_TEXT = 2000;
    static final int MAX_SHORT = 300;
    static final String HAZARD = "hazard";
    private static final String EXTENSION = "hazard-extension";

    @Inject
    HazardRepository hazards;

    @Inject
    CompanyScope companyScope;

    @Inject
    CompanyRepository companies;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CatalogueService catalogue;

    @Inject
    HazardRegister register;

    @Inject
    FirstReceipts filingReceipts;

    @Inject
    Event<HazardChanged> changes;

    @Inject
    Event<HazardMilestone> milestones;

    @Inject
    Event<FindingsBound> findingsBound;

    @Inject
    EvidenceStore evidence;

    @Inject
    CallerContext callerContext;

    @Inject
    Clock clock;

    /**
     * What the ledger shows: by state, by the quarter found in, only overdue, only (not) qualified, only (not) self-found
     * (自查发现); null: all.
     */
    public record Filter(HazardState state, Quarter quarter, Boolean overdue, Boolean qualified, Boolean selfFound) {
        public static final Filter ALL = new Filter(null, null, null, null, null);

        /** A filter as a form or a query string gives it: blank means any; a malformed quarter is refused. */
        public static Filter of(HazardState state, String quarter, Boolean overdue, Boolean qualified, Boolean selfFound) {
            Quarter q = null;
            if (quarter != null && !quarter.isBlank()) {
                try {
                    q = Quarter.parse(quarter.strip());
                } catch (IllegalArgumentException e) {
                    throw InvalidInputException.of("quarter", "quarter.format", quarter);
                }
            }
            return new Filter(state, q, overdue, qualified, selfFound);
        }
    }

    // ---- reads ------------------------------------------------------------------------------------------

    /** The company's hazard ledger (隐患排查治理台账), newest first. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<LedgerEntry> ledger(String creditCode, Filter filter) {
        return ledger(companyScope.readable(creditCode), filter);
    }

    private List<LedgerEntry> ledger(Company company, Filter filter) {
        Filter f = filter == null ? Filter.ALL : filter;
        List<Hazard> list = hazards.ofCompany(company.id(), f.quarter() == null ? null : f.quarter().first(),
                f.quarter() == null ? null : f.quarter().last(), f.state());
        Map<Long, List<HazardExtension>> extensions = hazards.extensions(list.stream().map(Hazard::id).toList());
        Map<Long, CatalogueItemDetails> items = items(list);
        Map<Long, Long> photos = hazards.firstPhotos(list.stream().map(Hazard::id).toList());
        Map<Long, Instant> receipts = filingReceipts.firstReceipts(list.stream().map(Hazard::id).toList());
        Map<Long, List<FindingLink>> findings = hazards.findingLinks(list.stream().map(Hazard::id).toList());
        LocalDate today = today();
        List<LedgerEntry> entries = new ArrayList<>();
        for (Hazard h : list) {
            LocalDate deadline = deadline(h, extensions.getOrDefault(h.id(), List.of()));
            boolean overdue = Overdue.overdue(h.state(), deadline, today);
            Qualification q = qualification(h, receipts.get(h.id()), findings.getOrDefault(h.id(), List.of()), deadline, today);
            boolean selfFound = q.condition(Qualification.Kind.SELF_FOUND).met();
            if ((f.overdue() == null || f.overdue() == overdue) && (f.qualified() == null || f.qualified() == q.qualified())
                    && (f.selfFound() == null || f.selfFound() == selfFound)) {
                CatalogueItemDetails item = h.itemId() == null ? null : items.get(h.itemId());
                entries.add(new LedgerEntry(h.toRecord(), item == null ? null : item.reference(), deadline, overdue, q.qualified(),
                        selfFound, photos.get(h.id())));
            }
        }
        return entries;
    }

    /** The ledger as an Excel workbook with the columns bureaus expect, in the caller's language. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public byte[] export(String creditCode, Filter filter, Locale locale) {
        Company company = companyScope.readable(creditCode);
        List<LedgerEntry> entries = ledger(company, filter);
        List<String> headers = List.of("reference", "foundOn", "source", "description", "location", "presentState", "harm",
                "responsibility", "measures", "funds", "deadline", "contingency", "state", "overdue", "qualified", "closedOn")
                .stream().map(k -> Messages.get(locale, "ledger." + k)).toList();
        List<LedgerRow> rows = entries.stream().map(e -> row(e, locale)).toList();
        String title = company.toDetails().name() + " " + Messages.get(locale, "ledger.title");
        return LedgerExport.xlsx(title, headers, rows, Messages.get(locale, "yes"), Messages.get(locale, "no"));
    }

    private static LedgerRow row(LedgerEntry e, Locale locale) {
        HazardRecord h = e.hazard();
        RemediationPlan p = h.plan();
        String responsibility = join(p.responsiblePerson(), p.responsibleBody());
        String funds = join(p.fundsAmount() == null ? null : p.fundsAmount().toPlainString() + " " + Messages.get(locale, "ledger.yuan"),
                p.fundsSource());
        return new LedgerRow(e.reference(), h.foundOn(), Messages.get(locale, "hazard.source." + h.source().name()),
                h.description(), h.location(), h.presentState(), h.harm(), responsibility, p.measures(), funds, e.deadline(),
                p.contingency(), Messages.get(locale, "hazard.state." + h.state().name()), e.overdue(), e.qualified(), h.closedOn());
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + "；" + b;
    }

    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public HazardDetails get(long hazardId) {
        Hazard h = hazards.find(hazardId).orElseThrow(() -> new NotFoundException("hazard.notFound", hazardId));
        companyScope.readableOwnerOf(h.companyId(), () -> new NotFoundException("hazard.notFound", hazardId));
        return details(h);
    }

    /**
     * The items of the judgment standards (重大事故隐患判定标准) that apply to the company, by its industry and special
     * fields, in catalogue order: what a hazard reported by hand names.
     */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<CatalogueItemDetails> reportableItems(String creditCode) {
        Company company = companyScope.readable(creditCode);
        return catalogue.checklist(company.industryCode(), Set.copyOf(company.specialFields()));
    }

    // ---- the company's work (safety manager or designated leader) ---------------------------------------

    /**
     * A hazard found outside a quarterly check: by an employee, in daily work, or by the bureau. It names the item
     * of the judgment standards it matches ({@code itemId}, required): that is what makes it a major hazard, and
     * what a bureau finding is matched against (R7).
     */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER})
    public HazardDetails report(HazardSource source, String description, LocalDate foundOn, String foundBy, Long itemId) {
        Caller caller = callerContext.require();
        Company company = companyScope.ownLocked();
        LocalDate today = today();
        Keepers.requireKeeper(caller, organisations.load(company.id()), today, "hazard.keeper");
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (source == null || source == HazardSource.SELF_CHECK) {
            errors.add(new InvalidInputException.FieldError("source", "hazard.source.reported", List.of()));
        }
        String d = text(errors, "description", description, MAX_TEXT, true);
        String by = text(errors, "foundBy", foundBy, 100, source == HazardSource.DAILY);
        if (foundOn == null) {
            errors.add(new InvalidInputException.FieldError("foundOn", "date.required", List.of()));
        } else if (foundOn.isAfter(today)) {
            errors.add(new InvalidInputException.FieldError("foundOn", "date.future", List.of()));
        }
        if (itemId == null) {
            errors.add(new InvalidInputException.FieldError("itemId", "hazard.item.required", List.of()));
        } else if (catalogue.itemsById(List.of(itemId)).isEmpty()) {
            errors.add(new InvalidInputException.FieldError("itemId", "catalogue.itemNotFound", List.of(itemId)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = now();
        Hazard h = register.record(company, new Hazard(company.id(), source, d, foundOn, by, itemId, caller.username(), now),
                caller.username(), now);
        return details(h);
    }

    /**
     * Records the three elements of the report and the remediation plan (五落实). A plan may be saved incomplete
     * while remediation has not started; once it has, the deadline moves only by an approved extension.
     */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER})
    public HazardDetails describe(long hazardId, String location, String presentState, String harm,
                                  String responsiblePerson, String responsibleBody, String measures, BigDecimal fundsAmount,
                                  String fundsSource, LocalDate deadline, String contingency, Long expectedVersion) {
        Change c = keeperChange(hazardId);
        if (!c.hazard.state().open()) {
            throw new ConflictException("hazard.closed");
        }
        if (expectedVersion != null && expectedVersion != c.hazard.version()) {
            throw new ConflictException("conflict.concurrent");
        }
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String l = text(errors, "location", location, MAX_SHORT, false);
        String s = text(errors, "presentState", presentState, MAX_TEXT, false);
        String hm = text(errors, "harm", harm, MAX_TEXT, false);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RemediationPlan plan = RemediationPlan.of(responsiblePerson, responsibleBody, measures, fundsAmount, fundsSource,
                deadline, contingency, c.hazard.foundOn());
        if (c.hazard.state() != HazardState.PENDING && !java.util.Objects.equals(plan.deadline(), c.hazard.deadline())) {
            throw InvalidInputException.of("deadline", "plan.deadline.frozen");
        }
        HazardRecord before = c.hazard.toRecord();
        c.hazard.describe(l, s, hm, plan, c.actor(), c.now);
        hazards.flush();
        bind(c.company.id(), List.of(c.hazard.toRecord()), hazards.bureauFindings(c.company.id()), c.now);
        c.changed(HAZARD, hazardId, "DESCRIBE", before, c.hazard.toRecord());
        if (plan.complete() && (before.plan() == null || !before.plan().complete())) {
            c.milestone(HazardMilestone.Kind.PLAN_COMPLETE, null);
        }
        return details(c.hazard);
    }

    /** 待整改 → 整改中: needs a complete plan. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER})
    public HazardDetails start(long hazardId, String note) {
        Change c = keeperChange(hazardId);
        RemediationPlan plan = c.hazard.plan();
        if (!plan.complete()) {
            throw InvalidInputException.of("plan", "hazard.planIncomplete", String.join("、", plan.missing()));
        }
        return c.move(HazardState.IN_PROGRESS, HazardUpdate.Kind.STARTED, note);
    }

    /** A progress note while remediation is under way (photos are added separately). */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER})
    public HazardDetails progress(long hazardId, String text) {
        Change c = keeperChange(hazardId);
        if (c.hazard.state() != HazardState.IN_PROGRESS) {
            throw new ConflictException("hazard.notInProgress");
        }
        String t = requiredText("text", text);
        hazards.add(new HazardUpdate(hazardId, HazardUpdate.Kind.PROGRESS, t, c.actor(), c.now));
        c.changed(HAZARD, hazardId, "PROGRESS", null, Map.of("text", t));
        return details(c.hazard);
    }

    /** 整改中 → 待验收: remediation is done and waits for verification. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER})
    public HazardDetails submit(long hazardId, String note) {
        Change c = keeperChange(hazardId);
        return c.move(HazardState.TO_VERIFY, HazardUpdate.Kind.SUBMITTED, requiredText("text", note));
    }

    /** A deadline extension, asked with a reason; it changes nothing until the principal approves it. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER})
    public HazardDetails requestExtension(long hazardId, LocalDate requested, String reason) {
        Change c = keeperChange(hazardId);
        if (!c.hazard.state().beforeVerification()) {
            throw new ConflictException("extension.notOpen");
        }
        List<HazardExtension> list = hazards.extensions(hazardId);
        Extension request = Extension.request(deadline(c.hazard, list), requested, reason, c.today);
        try {
            HazardExtension stored = hazards.add(new HazardExtension(hazardId, request, c.actor(), c.now));
            c.changed(EXTENSION, stored.id(), "REQUEST", null, stored.toDetails());
        } catch (PersistenceException e) {
            if (Sql.isUniqueViolation(e)) {
                throw new ConflictException("extension.pending");
            }
            throw e;
        }
        return details(c.hazard);
    }

    // ---- decisions and verification by the people themselves ---------------------------------------------

    /** The principal himself approves or refuses an extension; an approved one moves the deadline. */
    @RolesAllowed(Roles.PRINCIPAL)
    public HazardDetails decideExtension(long hazardId, long extensionId, boolean approve, String note) {
        Change c = change(hazardId);
        Keepers.requirePrincipal(c.caller, c.organisation, c.today, "extension.principalOnly");
        HazardExtension ext = hazards.extension(extensionId).filter(e -> e.hazardId() == hazardId)
                .orElseThrow(() -> new NotFoundException("extension.notFound", extensionId));
        HazardExtension.Details before = ext.toDetails();
        Extension decided = ext.toExtension(Quarter.ZONE).decide(approve);
        ext.decide(decided, note == null || note.isBlank() ? null : Texts.truncate(note.strip(), 1000), c.actor(), c.now);
        hazards.flush();
        c.changed(EXTENSION, extensionId, approve ? "APPROVE" : "REFUSE", before, ext.toDetails());
        if (approve) {
            c.milestone(HazardMilestone.Kind.EXTENSION_APPROVED, ext.toDetails());
        }
        return details(c.hazard);
    }

    /**
     * 复查: a member of the inspection group verifies the result. Passed closes the hazard (已销号) and needs at
     * least one photo after; failed sends it back to remediation.
     */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER})
    public HazardDetails verify(long hazardId, boolean passed, String text) {
        Change c = change(hazardId);
        Keepers.requireGroupMember(c.caller, c.organisation, c.today, "hazard.verifier");
        String t = requiredText("text", text);
        if (passed && hazards.photos(hazardId).stream().noneMatch(p -> p.kind().equals("AFTER"))) {
            throw InvalidInputException.of("photo", "hazard.afterPhoto.required");
        }
        HazardDetails after = c.move(passed ? HazardState.CLOSED : HazardState.IN_PROGRESS,
                passed ? HazardUpdate.Kind.VERIFIED : HazardUpdate.Kind.REJECTED, t);
        if (passed) {
            c.milestone(HazardMilestone.Kind.CLOSED, null);
        }
        return after;
    }

    /**
     * A photo of the hazard: BEFORE (as found), PROGRESS (remediation) or AFTER (the result, for verification).
     * Checked and fingerprinted first; nothing is stored for a bad file.
     */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER})
    public PhotoRef addPhoto(long hazardId, String kind, byte[] data, String contentType, String fileName) {
        Change c = change(hazardId);
        if (!Set.of("BEFORE", "PROGRESS", "AFTER").contains(kind)) {
            throw InvalidInputException.of("kind", "hazard.photoKind", String.valueOf(kind));
        }
        boolean verifier = c.organisation.holdsByLogin(c.caller.username(), org.selfcheck.organisation.OrgRole.GROUP_MEMBER, c.today);
        if (!(kind.equals("AFTER") && verifier)) {
            Keepers.requireKeeper(c.caller, c.organisation, c.today, "hazard.keeper");
        }
        if (!c.hazard.state().open()) {
            throw new ConflictException("hazard.closed");
        }
        EvidenceFile file = evidence.store(c.hazard.companyId(), data, contentType, fileName, c.actor(), c.now);
        hazards.linkPhoto(hazardId, file.id(), kind);
        PhotoRef ref = file.toRef();
        c.changed(HAZARD, hazardId, "ADD_PHOTO_" + kind, null, ref);
        return ref;
    }

    // ---- R6 as at a moment, and bureau findings --------------------------------------------------------------

    /**
     * The company's hazards as they stood just before {@code instant} (a spot check's start): what each held then, the
     * deadline in force then (extensions decided before it), its first receipt and the bureau findings bound to it
     * before it. Hazards recorded from the instant on are listed too, without a version.
     */
    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<HazardAsOf> asOf(String creditCode, Instant instant) {
        Company company = companyScope.readable(creditCode);
        List<Hazard> list = hazards.ofCompany(company.id(), null, null, null);
        List<Long> ids = list.stream().map(Hazard::id).toList();
        Map<Long, HazardVersion> versions = hazards.versionsBefore(ids, instant);
        Map<Long, List<HazardExtension>> extensions = hazards.extensions(ids);
        Map<Long, Instant> receipts = filingReceipts.firstReceipts(ids);
        Map<Long, List<FindingLink>> findings = hazards.findingLinks(ids);
        return list.stream().map(h -> {
            HazardVersion v = versions.get(h.id());
            LocalDate deadline = v == null ? null : Overdue.effectiveDeadline(v.plan().deadline(),
                    extensions.getOrDefault(h.id(), List.of()).stream().filter(e -> e.inForceAt(instant))
                            .map(e -> e.toExtension(Quarter.ZONE)).toList());
            Instant found = findings.getOrDefault(h.id(), List.of()).stream().map(FindingLink::foundAt)
                    .filter(t -> t.isBefore(instant)).min(Instant::compareTo).orElse(null);
            return new HazardAsOf(h.toRecord(), v, deadline, receipts.get(h.id()), found);
        }).toList();
    }

    /**
     * Binds an inspection's new findings to the company's hazards of the same item and location (or matched by the
     * judgment), for ever: a hazard recorded from the inspection's start on is then not self-found.
     */
    @RolesAllowed(Roles.BUREAU_OFFICER)
    public void bindFindings(String creditCode, List<BureauFinding> findings) {
        Company company = companyScope.readable(creditCode);
        bind(company.id(), hazards.ofCompany(company.id(), null, null, null).stream().map(Hazard::toRecord).toList(), findings, now());
    }

    private void bind(long companyId, List<HazardRecord> records, List<BureauFinding> findings, Instant now) {
        boolean bound = false;
        for (BureauFinding f : findings) {
            for (HazardRecord h : records) {
                if (f.binds(h)) {
                    hazards.link(f.linkTo(h), now);
                    bound = true;
                }
            }
        }
        if (bound) {
            findingsBound.fire(new FindingsBound(companyId));
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private HazardDetails details(Hazard h) {
        List<HazardExtension> extensions = hazards.extensions(h.id());
        LocalDate today = today();
        LocalDate deadline = deadline(h, extensions);
        List<FindingLink> findings = hazards.findingLinks(List.of(h.id())).getOrDefault(h.id(), List.of());
        Qualification q = qualification(h, filingReceipts.firstReceipts(List.of(h.id())).get(h.id()), findings, deadline, today);
        CatalogueItemDetails item = h.itemId() == null ? null : items(List.of(h)).get(h.itemId());
        Caller caller = callerContext.require();
        Set<HazardAction> actions = Set.of();
        if (caller.isEnterpriseUser()) {
            Organisation o = organisations.load(h.companyId());
            actions = HazardAction.allowed(h.state(), Keepers.isKeeper(caller, o, today), Keepers.isGroupMember(caller, o, today),
                    Keepers.isPrincipal(caller, o, today), extensions.stream().anyMatch(e -> e.toDetails().decision() == Extension.Decision.PENDING));
        }
        return new HazardDetails(h.toRecord(), item, deadline, Overdue.overdue(h.state(), deadline, today),
                q.conditions(), q.qualified(), extensions.stream().map(HazardExtension::toDetails).toList(),
                hazards.updates(h.id()), hazards.photos(h.id()), findings, actions);
    }

    /**
     * The non-penalty qualification (R6) as of now: "reported" is the bureau's first receipt of the hazard, before the
     * first bureau finding bound to it (if any); a hazard recorded from that finding on is not self-found.
     */
    private static Qualification qualification(Hazard h, Instant receiptAt, List<FindingLink> findings, LocalDate deadline,
                                               LocalDate today) {
        Instant bureauFindingAt = findings.stream().map(FindingLink::foundAt).min(Instant::compareTo).orElse(null);
        return Qualification.of(new Qualification.Facts(h.source(), h.toRecord().createdAt(), receiptAt, bureauFindingAt, h.plan(),
                h.state(), deadline, today));
    }

    private static LocalDate deadline(Hazard h, List<HazardExtension> extensions) {
        return Overdue.effectiveDeadline(h.deadline(), extensions.stream().map(e -> e.toExtension(Quarter.ZONE)).toList());
    }

    private Map<Long, CatalogueItemDetails> items(List<Hazard> list) {
        List<Long> ids = list.stream().map(Hazard::itemId).filter(java.util.Objects::nonNull).distinct().toList();
        return catalogue.itemsById(ids).stream().collect(Collectors.toMap(CatalogueItemDetails::id, Function.identity()));
    }

    private LocalDate today() {
        return Quarter.today(clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String requiredText(String field, String value) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String t = text(errors, field, value, MAX_TEXT, true);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return t;
    }

    private static String text(List<InvalidInputException.FieldError> errors, String field, String value, int max, boolean required) {
        String v = Texts.clean(value);
        if (v == null && required) {
            errors.add(new InvalidInputException.FieldError(field, "hazard.text.required", List.of()));
        } else if (v != null && v.length() > max) {
            errors.add(new InvalidInputException.FieldError(field, "text.length", List.of(max)));
        }
        return v;
    }

    /** Loads a hazard of the caller's own company, locked. */
    private Change change(long hazardId) {
        Caller caller = callerContext.require();
        Hazard h = hazards.lock(hazardId).orElseThrow(() -> new NotFoundException("hazard.notFound", hazardId));
        Company company = companies.findById(h.companyId()).orElseThrow();
        if (!caller.isEnterpriseUser() || !company.creditCode().equals(caller.companyCode())) {
            throw new NotFoundException("hazard.notFound", hazardId);
        }
        return new Change(caller, company, h, organisations.load(company.id()), today(), now());
    }

    private Change keeperChange(long hazardId) {
        Change c = change(hazardId);
        Keepers.requireKeeper(c.caller, c.organisation, c.today, "hazard.keeper");
        return c;
    }

    /** One change to one hazard: who makes it and when. */
    private final class Change {
        final Caller caller;
        final Company company;
        final Hazard hazard;
        final Organisation organisation;
        final LocalDate today;
        final Instant now;

        Change(Caller caller, Company company, Hazard hazard, Organisation organisation, LocalDate today, Instant now) {
            this.caller = caller;
            this.company = company;
            this.hazard = hazard;
            this.organisation = organisation;
            this.today = today;
            this.now = now;
        }

        String actor() {
            return caller.username();
        }

        /** Tells the observers (audit, bureau summary) of this change, in its transaction. */
        void changed(String entityType, Object entityId, String action, Object before, Object after) {
            changes.fire(new HazardChanged(company.id(), AuditedChange.of(company.creditCode(), entityType, entityId,
                    action, before, after)));
        }

        /** Tells the bureau's filing of this step of the hazard, with the deadline in force after it. */
        void milestone(HazardMilestone.Kind kind, HazardExtension.Details extension) {
            milestones.fire(new HazardMilestone(kind, company, hazard.toRecord(),
                    deadline(hazard, hazards.extensions(hazard.id())), extension, actor(), now));
        }

        /** A state transition the state machine allows, with its step in the history and its audit entry. */
        HazardDetails move(HazardState next, HazardUpdate.Kind kind, String note) {
            HazardState before = hazard.state();
            hazard.moveTo(next, today, actor(), now);
            hazards.flush();
            String text = note == null || note.isBlank() ? null : Texts.truncate(note.strip(), MAX_TEXT);
            hazards.add(new HazardUpdate(hazard.id(), kind, text, actor(), now));
            changed(HAZARD, hazard.id(), "STATE", Map.of("state", before.name()),
                    Map.of("state", next.name(), "step", kind.name(), "text", text == null ? "" : text));
            return details(hazard);
        }
    }
}
