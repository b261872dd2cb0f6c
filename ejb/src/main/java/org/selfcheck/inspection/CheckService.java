package org.selfcheck.inspection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.selfcheck.catalogue.CatalogueItemDetails;
import org.selfcheck.catalogue.CatalogueService;
import org.selfcheck.company.Company;
import org.selfcheck.company.CompanyAccessPolicy;
import org.selfcheck.company.CompanyRepository;
import org.selfcheck.company.CompanyScope;
import org.selfcheck.evidence.EvidenceFile;
import org.selfcheck.evidence.EvidenceStore;
import org.selfcheck.evidence.PhotoRef;
import org.selfcheck.hazard.Hazard;
import org.selfcheck.hazard.HazardRegister;
import org.selfcheck.hazard.HazardSummary;
import org.selfcheck.organisation.Keepers;
import org.selfcheck.organisation.OrgRole;
import org.selfcheck.organisation.Organisation;
import org.selfcheck.organisation.OrganisationRepository;
import org.selfcheck.organisation.PersonDetails;
import org.selfcheck.security.Caller;
import org.selfcheck.security.CallerContext;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.AccessDeniedException;
import org.selfcheck.shared.AuditedChange;
import org.selfcheck.shared.ConflictException;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.NotFoundException;
import org.selfcheck.shared.Quarter;
import org.selfcheck.shared.Texts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Quarterly checks (R3) and principal attendance (R5). The safety manager or the designated leader plans and
 * conducts a check of his own company; completing it locks it, after which results change only by audited
 * amendments. The principal confirms his own attendance and members their own participation. Reads are open
 * to whoever may read the company; a check of another company does not exist for the caller. Changes fire events
 * in their transaction ({@link CheckCompleted}, {@link PrincipalAttended}, else an {@link AuditedChange}); hazards
 * found are recorded through the hazard package's {@link HazardRegister}, as reported ones are.
 */
@Stateless
public class CheckService {

    static final int MAX_SCOPE = 500;
    private static final String CHECK = "check";
    private static final String RESULT = "check-result";

    @Inject
    CheckRepository checks;

    @Inject
    CompanyRepository companies;

    @Inject
    CompanyScope companyScope;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CatalogueService catalogue;

    @Inject
    HazardRegister hazards;

    @Inject
    Event<AuditedChange> changes;

    @Inject
    Event<CheckCompleted> completions;

    @Inject
    Event<PrincipalAttended> attendances;

    @Inject
    EvidenceStore evidence;

    @Inject
    CallerContext callerContext;

    @Inject
    Clock clock;

    // ---- reads ------------------------------------------------------------------------------------------

    /** A company's checks dated in a year, newest first. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<CheckSummary> list(String creditCode, int year) {
        Company company = companyScope.readable(creditCode);
        Organisation o = organisations.load(company.id());
        return summaries(checks.checks(company.id(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)), o);
    }

    /** The company's checks dated from {@code from} to {@code to} (inclusive), newest first, each with everything recorded in it. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<CheckDetails> between(String creditCode, LocalDate from, LocalDate to) {
        Company company = companyScope.readable(creditCode);
        return details(checks.checks(company.id(), from, to), company, organisations.load(company.id()));
    }

    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public CheckDetails get(long checkId) {
        SafetyCheck check = checks.check(checkId).orElseThrow(() -> new NotFoundException("check.notFound", checkId));
        Company company = companyScope.readableOwnerOf(check.companyId(), () -> new NotFoundException("check.notFound", checkId));
        return details(check, company, organisations.load(check.companyId()));
    }

    /** The compliance calendar of a company for a year: quarters (R3), the principal's attendance (R5), the next deadline. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public ComplianceCalendar calendar(String creditCode, int year) {
        Company company = companyScope.readable(creditCode);
        List<CheckFact> facts = checks.checks(company.id(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .stream().map(SafetyCheck::toFact).toList();
        return ComplianceCalendar.of(year, Quarter.today(clock), facts);
    }

    // ---- conducting (safety manager or designated leader) -----------------------------------------------

    /** Plans a check of the caller's company on a date: its checklist is the current catalogue's items that apply. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER})
    public CheckSummary plan(LocalDate date, String scope) {
        Caller caller = callerContext.require();
        Company company = companyScope.ownLocked();
        Organisation o = organisations.load(company.id());
        requireKeeper(caller, o);
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(new InvalidInputException.FieldError("date", "date.required", List.of()));
        } else if (date.getYear() < 2000 || date.isAfter(Quarter.today(clock).plusYears(1))) {
            errors.add(new InvalidInputException.FieldError("date", "check.date.range", List.of()));
        }
        String s = Texts.clean(scope);
        if (s == null) {
            errors.add(new InvalidInputException.FieldError("scope", "check.scope.required", List.of()));
        } else if (s.length() > MAX_SCOPE) {
            errors.add(new InvalidInputException.FieldError("scope", "text.length", List.of(MAX_SCOPE)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<CatalogueItemDetails> items = catalogue.checklist(company.industryCode(), Set.copyOf(company.specialFields()));
        if (items.isEmpty()) {
            throw InvalidInputException.of("items", "check.noItems");
        }
        Long principal = o.holder(OrgRole.PRINCIPAL, date).map(t -> t.personId()).orElse(null);
        SafetyCheck check = checks.add(new SafetyCheck(company.id(), date, s, principal, caller.username(), now()));
        for (CatalogueItemDetails item : items) {
            checks.add(new CheckResult(check.id(), item.id()));
        }
        CheckSummary summary = summary(check, o);
        changes.fire(AuditedChange.of(company.creditCode(), CHECK, check.id(), "PLAN", null, summary));
        return summary;
    }

    /** Records who of the group was present (replacing the previous list) before the check is completed. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER})
    public CheckDetails setParticipants(long checkId, Collection<Long> personIds) {
        Change c = keeperChange(checkId, true);
        Set<Long> wanted = new LinkedHashSet<>(personIds == null ? List.of() : personIds);
        Set<Long> allowed = candidates(c.organisation, c.check.checkDate()).stream().map(PersonDetails::id).collect(Collectors.toSet());
        for (Long id : wanted) {
            if (id == null || !allowed.contains(id)) {
                throw InvalidInputException.of("participants", "check.participant.notMember", String.valueOf(id));
            }
        }
        List<CheckParticipant> present = checks.participants(checkId);
        Set<Long> before = present.stream().map(CheckParticipant::personId).collect(Collectors.toCollection(LinkedHashSet::new));
        for (CheckParticipant p : present) {
            if (!wanted.contains(p.personId())) {
                checks.remove(p);
            }
        }
        for (Long id : wanted) {
            if (!before.contains(id)) {
                checks.add(new CheckParticipant(checkId, id, c.actor(), c.now));
            }
        }
        changed(c, CHECK, checkId, "PARTICIPANTS", before, wanted);
        return details(c.check, c.company, c.organisation);
    }

    /** Records (or changes) one item's result before the check is completed. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER})
    public CheckDetails record(long checkId, long resultId, Outcome outcome, String reason, String description) {
        Change c = keeperChange(checkId, true);
        CheckResult result = c.result(resultId);
        ResultEntry entry = ResultEntry.of(outcome, reason, description);
        ResultEntry before = result.entry();
        result.record(entry, c.actor(), c.now);
        checks.flush();
        changed(c, RESULT, resultId, "RECORD", before, entry);
        return details(c.check, c.company, c.organisation);
    }

    /** Records every item without a result as compliant: the common case, in one step. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER})
    public CheckDetails markRemainingCompliant(long checkId) {
        Change c = keeperChange(checkId, true);
        ResultEntry compliant = ResultEntry.of(Outcome.COMPLIANT, null, null);
        for (CheckResult result : c.results.values()) {
            if (result.entry() == null) {
                result.record(compliant, c.actor(), c.now);
                changed(c, RESULT, result.id(), "RECORD", null, compliant);
            }
        }
        checks.flush();
        return details(c.check, c.company, c.organisation);
    }

    /**
     * Adds a photo to an item's result, checked (JPEG or PNG by content, size-limited, decodable) and
     * fingerprinted first; nothing is stored for a bad file. Photos are evidence: also allowed after
     * completion (for an amendment), never removed.
     */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER})
    public PhotoRef addPhoto(long checkId, long resultId, byte[] data, String contentType, String fileName) {
        Change c = keeperChange(checkId, false);
        c.result(resultId);
        EvidenceFile file = evidence.store(c.check.companyId(), data, contentType, fileName, c.actor(), c.now);
        checks.linkPhoto(resultId, file.id());
        PhotoRef ref = file.toRef();
        changed(c, RESULT, resultId, "ADD_PHOTO", null, ref);
        return ref;
    }

    /** Completes and locks the check; every hazard found opens a hazard record. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER})
    public CheckDetails complete(long checkId) {
        Change c = keeperChange(checkId, true);
        CheckDetails now = details(c.check, c.company, c.organisation);
        Completion.check(c.check.checkDate(), c.today, now.items().stream()
                .map(i -> new Completion.ItemState(i.resultId(), i.item().reference(), i.effective(), i.photos().size()))
                .toList());
        CheckSummary before = now.summary();
        c.check.complete(c.actor(), c.now);
        checks.flush();
        for (CheckDetails.Item i : now.items()) {
            if (i.effective().outcome() == Outcome.HAZARD) {
                openHazard(c, i.resultId(), i.item().id(), i.effective().description());
            }
        }
        CheckDetails after = details(c.check, c.company, c.organisation);
        completions.fire(new CheckCompleted(c.check.companyId(), c.check.toFact(),
                c.audited(CHECK, checkId, "COMPLETE", before, after.summary())));
        return after;
    }

    /** Corrects a result of a completed check: a new amendment with its reason; the original stays. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER})
    public CheckDetails amend(long checkId, long resultId, Outcome outcome, String reason, String description, String why) {
        Change c = keeperChange(checkId, false);
        if (!c.check.completed()) {
            throw new ConflictException("check.notCompleted");
        }
        CheckResult result = c.result(resultId);
        ResultEntry entry = ResultEntry.of(outcome, reason, description);
        String w = Texts.clean(why);
        if (w == null) {
            throw InvalidInputException.of("why", "check.amendment.why");
        }
        CheckDetails.Item item = details(c.check, c.company, c.organisation).items().stream()
                .filter(i -> i.resultId() == resultId).findFirst().orElseThrow();
        if (outcome == Outcome.HAZARD && item.photos().isEmpty()) {
            throw InvalidInputException.of("photo", "check.photo.required", item.item().reference());
        }
        CheckAmendment amendment = checks.add(new CheckAmendment(resultId, entry, Texts.truncate(w, 1000), c.actor(), c.now));
        changed(c, RESULT, resultId, "AMEND", item.effective(), amendment.toDetails());
        if (outcome == Outcome.HAZARD) {
            openHazard(c, resultId, result.itemId(), entry.description());
        }
        return details(c.check, c.company, c.organisation);
    }

    // ---- confirmations by the people themselves ---------------------------------------------------------

    /** The principal confirms, with his own login, that he took part in the check (R5). */
    @RolesAllowed(Roles.PRINCIPAL)
    public CheckDetails confirmAttendance(long checkId) {
        Change c = change(checkId, false);
        Long principal = c.check.principalPersonId();
        PersonDetails me = c.organisation.personByLogin(c.caller.username()).orElse(null);
        if (principal == null || me == null || me.id() != principal) {
            throw new AccessDeniedException("check.notThePrincipal");
        }
        Completion.requireTookPlace(c.check.checkDate(), c.today);
        if (!c.check.principalConfirmed()) {
            c.check.confirmPrincipal(c.actor(), c.now);
            checks.flush();
            attendances.fire(new PrincipalAttended(c.check.companyId(), c.check.toFact(),
                    c.audited(CHECK, checkId, "PRINCIPAL_ATTENDED", null, Map.of("personId", principal))));
        }
        return details(c.check, c.company, c.organisation);
    }

    /** A member recorded as present confirms, with his own login, that he took part. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER})
    public CheckDetails confirmParticipation(long checkId) {
        Change c = change(checkId, false);
        PersonDetails me = c.organisation.personByLogin(c.caller.username()).orElse(null);
        CheckParticipant mine = me == null ? null : checks.participants(checkId).stream()
                .filter(p -> p.personId() == me.id()).findFirst().orElse(null);
        if (mine == null) {
            throw new AccessDeniedException("check.notAParticipant");
        }
        Completion.requireTookPlace(c.check.checkDate(), c.today);
        if (mine.confirmedAt() == null) {
            mine.confirm(c.actor(), c.now);
            checks.flush();
            changed(c, CHECK, checkId, "MEMBER_CONFIRMED", null, Map.of("personId", me.id()));
        }
        return details(c.check, c.company, c.organisation);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /** A result found a hazard: it is recorded as any hazard is (audit, filing, the overview's count), once. */
    private void openHazard(Change c, long resultId, long itemId, String description) {
        if (hazards.opened(resultId)) {
            return;
        }
        hazards.record(c.company(), Hazard.fromCheck(c.check.companyId(), c.check.id(), resultId, itemId, description,
                c.check.checkDate(), c.actor(), c.now), c.actor(), c.now);
    }


    /** Who may keep checks: the safety manager, or the designated leader by his login. */
    private void requireKeeper(Caller caller, Organisation o) {
        Keepers.requireKeeper(caller, o, Quarter.today(clock), "check.keeper");
    }

    private static List<PersonDetails> candidates(Organisation o, LocalDate date) {
        var snapshot = o.asOf(date);
        Map<Long, PersonDetails> people = new java.util.LinkedHashMap<>();
        if (snapshot.leader() != null) {
            people.put(snapshot.leader().person().id(), snapshot.leader().person());
        }
        snapshot.members().forEach(m -> people.putIfAbsent(m.person().id(), m.person()));
        return List.copyOf(people.values());
    }

    private CheckSummary summary(SafetyCheck check, Organisation o) {
        return summaries(List.of(check), o).get(0);
    }

    /** Summaries of some checks of one company; each table is read once for all of them. */
    private List<CheckSummary> summaries(List<SafetyCheck> list, Organisation o) {
        List<Long> ids = list.stream().map(SafetyCheck::id).toList();
        Map<Long, List<CheckResult>> results = checks.results(ids);
        Map<Long, List<CheckParticipant>> participants = checks.participants(ids);
        Map<Long, List<HazardSummary>> found = hazards.ofChecks(ids);
        return list.stream().map(c -> summary(c, o, results.getOrDefault(c.id(), List.of()),
                participants.getOrDefault(c.id(), List.of()).size(), found.getOrDefault(c.id(), List.of()).size())).toList();
    }

    private static CheckSummary summary(SafetyCheck check, Organisation o, List<CheckResult> results, int participants,
                                        int hazards) {
        int recorded = (int) results.stream().filter(r -> r.entry() != null).count();
        String principal = check.principalPersonId() == null ? null
                : o.person(check.principalPersonId()).map(PersonDetails::name).orElse(null);
        return check.toSummary(principal, participants, results.size(), recorded, hazards);
    }

    private CheckDetails details(SafetyCheck check, Company company, Organisation o) {
        return details(List.of(check), company, o).get(0);
    }

    /** Some checks of one company with everything recorded in them; each table is read once for all of them. */
    private List<CheckDetails> details(List<SafetyCheck> list, Company company, Organisation o) {
        Caller caller = callerContext.require();
        LocalDate today = Quarter.today(clock);
        // only the company's own people act on its checks (change() refuses anyone else)
        boolean own = company.creditCode().equals(caller.companyCode());
        boolean keeper = own && Keepers.isKeeper(caller, o, today);
        Long me = own ? o.personByLogin(caller.username()).map(PersonDetails::id).orElse(null) : null;
        List<Long> ids = list.stream().map(SafetyCheck::id).toList();
        Map<Long, List<CheckResult>> resultsByCheck = checks.results(ids);
        Map<Long, CatalogueItemDetails> items = catalogue.itemsById(resultsByCheck.values().stream().flatMap(List::stream)
                        .map(CheckResult::itemId).collect(Collectors.toCollection(HashSet::new))).stream()
                .collect(Collectors.toMap(CatalogueItemDetails::id, Function.identity()));
        Map<Long, List<CheckAmendment>> amendments = checks.amendments(ids);
        Map<Long, List<PhotoRef>> photos = checks.photos(ids);
        Map<Long, List<CheckParticipant>> participantsByCheck = checks.participants(ids);
        Map<Long, List<HazardSummary>> hazardsByCheck = hazards.ofChecks(ids);
        List<CheckDetails> answer = new ArrayList<>();
        for (SafetyCheck check : list) {
            List<CheckResult> results = resultsByCheck.getOrDefault(check.id(), List.of());
            List<CheckDetails.Item> entries = new ArrayList<>();
            for (CheckResult r : results) {
                List<CheckAmendment> a = amendments.getOrDefault(r.id(), List.of());
                ResultEntry effective = a.isEmpty() ? r.entry() : a.get(a.size() - 1).entry();
                entries.add(new CheckDetails.Item(r.id(), items.get(r.itemId()), r.entry(),
                        a.stream().map(CheckAmendment::toDetails).toList(), effective, photos.getOrDefault(r.id(), List.of())));
            }
            entries.sort(java.util.Comparator.comparing((CheckDetails.Item i) -> i.item().standardCode())
                    .thenComparingInt(i -> i.item().ordinal()));
            List<CheckParticipant> present = participantsByCheck.getOrDefault(check.id(), List.of());
            List<CheckDetails.Participant> participants = present.stream()
                    .map(p -> new CheckDetails.Participant(o.person(p.personId()).orElseThrow(), p.confirmedAt())).toList();
            List<String> revisions = entries.stream().map(i -> i.item().standardCode() + " r" + i.item().revision())
                    .distinct().toList();
            List<HazardSummary> found = hazardsByCheck.getOrDefault(check.id(), List.of());
            Set<CheckAction> actions = CheckAction.allowed(check.completed(), !check.checkDate().isAfter(today), keeper,
                    me != null && me.equals(check.principalPersonId()) && !check.principalConfirmed()
                            && caller.hasRole(Roles.PRINCIPAL),
                    me != null && present.stream().anyMatch(p -> p.personId() == me && p.confirmedAt() == null));
            answer.add(new CheckDetails(summary(check, o, results, present.size(), found.size()), participants,
                    candidates(o, check.checkDate()), entries, revisions, found, actions));
        }
        return answer;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Tells the audit log of a change that has no other consequence, in its transaction. */
    private void changed(Change c, String entityType, Object entityId, String action, Object before, Object after) {
        changes.fire(c.audited(entityType, entityId, action, before, after));
    }

    /** Loads the caller's own check, locked, for a change; {@code open} requires it not completed yet. */
    private Change change(long checkId, boolean open) {
        Caller caller = callerContext.require();
        String own = CompanyAccessPolicy.ownCompany(caller);
        SafetyCheck check = checks.lock(checkId).orElseThrow(() -> new NotFoundException("check.notFound", checkId));
        Company company = companies.findById(check.companyId()).orElseThrow();
        if (!company.creditCode().equals(own)) {
            throw new NotFoundException("check.notFound", checkId);
        }
        Organisation o = organisations.load(company.id());
        if (open && check.completed()) {
            throw new ConflictException("check.locked");
        }
        return new Change(caller, company, check, o,
                checks.results(checkId).stream().collect(Collectors.toMap(CheckResult::id, Function.identity())),
                Quarter.today(clock), now());
    }

    /** A change by whoever keeps checks (safety manager or designated leader). */
    private Change keeperChange(long checkId, boolean open) {
        Change c = change(checkId, open);
        requireKeeper(c.caller(), c.organisation());
        return c;
    }

    /** One change to one check: who makes it and when. */
    private record Change(Caller caller, Company company, SafetyCheck check, Organisation organisation,
                          Map<Long, CheckResult> results, LocalDate today, Instant now) {
        String actor() {
            return caller.username();
        }

        AuditedChange audited(String entityType, Object entityId, String action, Object before, Object after) {
            return AuditedChange.of(company.creditCode(), entityType, entityId, action, before, after);
        }

        CheckResult result(long resultId) {
            CheckResult r = results.get(resultId);
            if (r == null) {
                throw new NotFoundException("check.itemNotFound", resultId);
            }
            return r;
        }
    }
}
