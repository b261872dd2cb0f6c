package org.selfcheck.organisation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.selfcheck.company.Company;
import org.selfcheck.company.CompanyRepository;
import org.selfcheck.company.CompanyScope;
import org.selfcheck.security.Caller;
import org.selfcheck.security.CallerContext;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.AccessDeniedException;
import org.selfcheck.shared.AuditedChange;
import org.selfcheck.shared.ConflictException;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.NotFoundException;
import org.selfcheck.shared.Quarter;
import org.selfcheck.shared.persistence.Sql;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps a company's self-check organisation (R1, R2). Reads are open to whoever may read the company;
 * changes only to the caller's own company, by role: the safety manager keeps people, principal and
 * leadership; the principal himself designates the leader; the safety manager or the designated leader
 * keeps the group. Changes to one company take turns (its row is locked) and each writes an audit entry.
 */
@Stateless
public class OrganisationService {

    /** Dates of appointments are Chinese calendar days. */

    private static final String TERM = "org-term";
    private static final String PERSON = "person";
    private static final String EXPLANATION = "composition-explanation";

    @Inject
    OrganisationRepository repository;

    @Inject
    CompanyRepository companies;

    @Inject
    CompanyScope scope;

    @Inject
    CallerContext callerContext;

    @Inject
    Event<AuditedChange> changes;

    @Inject
    Event<OrganisationChanged> organisationChanged;

    @Inject
    Clock clock;

    // ---- reads ------------------------------------------------------------------------------------------

    /** Who was principal, designated leader, leadership and group member on {@code date} (today when null). */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public OrganisationSnapshot snapshot(String creditCode, LocalDate date) {
        Company company = scope.readable(creditCode);
        return organisation(company.id()).asOf(date == null ? today() : date);
    }

    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public OrganisationHistory history(String creditCode) {
        Company company = scope.readable(creditCode);
        Organisation o = organisation(company.id());
        return new OrganisationHistory(repository.people(company.id()).stream().map(Person::toDetails).toList(),
                o.history(), o.explanations());
    }

    /** A person by id, if the caller may read his company; otherwise he does not exist for the caller. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public PersonDetails person(long id) {
        Person person = repository.person(id).orElseThrow(() -> new NotFoundException("person.notFound", id));
        scope.readableOwnerOf(person.companyId(), () -> new NotFoundException("person.notFound", id));
        return person.toDetails();
    }

    /** What the caller may change in his own company's organisation today. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public Permissions permissions() {
        Caller caller = callerContext.require();
        if (!caller.isEnterpriseUser() || caller.companyCode() == null) {
            return Permissions.READ_ONLY;
        }
        Company company = companies.findByCreditCode(caller.companyCode()).orElse(null);
        if (company == null) {
            return Permissions.READ_ONLY;
        }
        Organisation o = organisation(company.id());
        LocalDate today = today();
        return new Permissions(caller.hasRole(Roles.SAFETY_MANAGER), Keepers.isPrincipal(caller, o, today),
                caller.hasRole(Roles.SAFETY_MANAGER) || isLeader(caller, o, today));
    }

    /**
     * Each person of a company who has a login, and what he is on {@code date} as far as his account's roles go: for
     * the role sync of the invited accounts (a system process; no user reaches it through the API).
     */
    @PermitAll
    public List<AccountRoles> accountRoles(long companyId, LocalDate date) {
        Organisation o = organisation(companyId);
        return repository.people(companyId).stream().filter(p -> p.toDetails().username() != null)
                .map(p -> new AccountRoles(p.id(), p.toDetails().username(), o.holds(p.id(), OrgRole.PRINCIPAL, date),
                        o.holds(p.id(), OrgRole.GROUP_MEMBER, date) || o.holds(p.id(), OrgRole.DESIGNATED_LEADER, date)))
                .toList();
    }

    /**
     * Records the login of a person of the caller's own company, the account an invitation made for him; a person who
     * has a login already keeps it (409).
     */
    @RolesAllowed(Roles.SAFETY_MANAGER)
    public PersonDetails bindLogin(long personId, String username) {
        Change c = change();
        Person person = c.person(personId);
        PersonDetails before = person.toDetails();
        if (before.username() != null) {
            throw new ConflictException("person.loginBound", before.username());
        }
        person.update(PersonValues.from(new PersonInput(before.name(), before.position(), before.phone(), username,
                before.external(), before.employer(), null)), c.actor(), c.now);
        storeUnique(repository::flush);
        PersonDetails after = person.toDetails();
        changes.fire(AuditedChange.of(c.creditCode(), PERSON, personId, "BIND_LOGIN", before, after));
        return after;
    }

    // ---- people, principal and leadership (safety manager) ----------------------------------------------

    @RolesAllowed(Roles.SAFETY_MANAGER)
    public PersonDetails addPerson(PersonInput input) {
        Change c = change();
        PersonValues values = PersonValues.from(input);
        Person person = new Person(c.company.id(), values, c.actor(), c.now);
        storeUnique(() -> repository.add(person));
        PersonDetails after = person.toDetails();
        changes.fire(AuditedChange.of(c.creditCode(), PERSON, after.id(), "CREATE", null, after));
        return after;
    }

    @RolesAllowed(Roles.SAFETY_MANAGER)
    public PersonDetails updatePerson(long id, PersonInput input) {
        Change c = change();
        Person person = c.person(id);
        PersonValues values = PersonValues.from(input);
        if (input.expectedVersion() != null && input.expectedVersion() != person.version()) {
            throw new ConflictException("conflict.concurrent");
        }
        PersonDetails before = person.toDetails();
        person.update(values, c.actor(), c.now);
        storeUnique(repository::flush);
        PersonDetails after = person.toDetails();
        changes.fire(AuditedChange.of(c.creditCode(), PERSON, id, "UPDATE", before, after));
        return after;
    }

    @RolesAllowed(Roles.SAFETY_MANAGER)
    public Position setPrincipal(long personId, LocalDate start) {
        Change c = change();
        c.person(personId);
        return c.apply(c.organisation.setPrincipal(personId, start, c.today), "APPOINT_PRINCIPAL");
    }

    @RolesAllowed(Roles.SAFETY_MANAGER)
    public Position addLeadership(long personId, LocalDate start) {
        Change c = change();
        c.person(personId);
        return c.apply(c.organisation.addLeadership(personId, start, c.today), "JOIN_LEADERSHIP");
    }

    // ---- the designated leader (the principal himself, R1) -----------------------------------------------

    @RolesAllowed(Roles.PRINCIPAL)
    public Position appointLeader(long personId, LocalDate start, String note) {
        Change c = change();
        if (c.organisation.holder(OrgRole.PRINCIPAL, c.today).isEmpty()) {
            throw InvalidInputException.of("personId", "leader.noPrincipal");
        }
        if (c.organisation.holder(OrgRole.PRINCIPAL, c.today).flatMap(t -> c.organisation.person(t.personId()))
                .map(p -> p.username() == null).orElse(false)) {
            // nobody can prove to be him: his login must be recorded first (R1: the principal himself designates)
            throw new AccessDeniedException("leader.principalWithoutLogin");
        }
        if (!Keepers.isPrincipal(c.caller, c.organisation, c.today)) {
            throw new AccessDeniedException("access.notPrincipal");
        }
        c.person(personId);
        return c.apply(c.organisation.appointLeader(personId, start, c.today, note), "APPOINT_LEADER");
    }

    // ---- the group (safety manager or designated leader, R2) --------------------------------------------

    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER})
    public Position addMember(long personId, GroupCategory category, String certificateNo, LocalDate start, LocalDate end) {
        Change c = groupChange();
        c.person(personId);
        return c.apply(c.organisation.addMember(personId, category, certificateNo, start, end, c.today), "JOIN_GROUP");
    }

    /** Ends a leadership term (safety manager) or a group membership (safety manager or designated leader). */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER})
    public Position endTerm(long termId, LocalDate date) {
        Change c = change();
        OrgTerm term = c.term(termId);
        boolean allowed = term.toTerm().role() == OrgRole.GROUP_MEMBER ? mayKeepGroup(c) : c.caller.hasRole(Roles.SAFETY_MANAGER);
        if (!allowed) {
            throw new AccessDeniedException("access.role");
        }
        c.apply(c.organisation.endTerm(termId, date, c.today), "END");
        return c.position(term);
    }

    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER})
    public Explanation explain(GroupCategory category, String reason, LocalDate start) {
        Change c = groupChange();
        Explanation added = null;
        for (Explanation e : c.organisation.explain(category, reason, start, c.today)) {
            if (e.id() == null) {
                ExplanationRecord record = repository.add(new ExplanationRecord(c.company.id(), e, c.actor(), c.now));
                added = record.toExplanation();
                changes.fire(AuditedChange.of(c.creditCode(), EXPLANATION, record.id(), "CREATE", null, added));
            } else {
                c.endExplanation(e);
            }
        }
        return added;
    }

    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER})
    public Explanation endExplanation(long explanationId, LocalDate date) {
        Change c = groupChange();
        if (!c.explanations.containsKey(explanationId)) {
            throw new NotFoundException("explanation.notFound", explanationId);
        }
        return c.endExplanation(c.organisation.endExplanation(explanationId, date, c.today));
    }

    // ---- helpers ----------------------------------------------------------------------------------------


    private Organisation organisation(long companyId) {
        return repository.load(companyId);
    }

    private LocalDate today() {
        return Quarter.today(clock);
    }

    private static boolean isLeader(Caller caller, Organisation o, LocalDate today) {
        return o.holdsByLogin(caller.username(), OrgRole.DESIGNATED_LEADER, today);
    }

    private boolean mayKeepGroup(Change c) {
        return c.caller.hasRole(Roles.SAFETY_MANAGER) || isLeader(c.caller, c.organisation, c.today);
    }

    private Change groupChange() {
        Change c = change();
        if (!mayKeepGroup(c)) {
            throw new AccessDeniedException("access.groupKeeper");
        }
        return c;
    }

    /** Loads the caller's own company, locked, with its organisation as it is now. */
    private Change change() {
        Caller caller = callerContext.require();
        Company company = scope.ownLocked();
        List<Person> people = repository.people(company.id());
        List<OrgTerm> terms = repository.terms(company.id());
        List<ExplanationRecord> explanations = repository.explanations(company.id());
        Organisation organisation = OrganisationRepository.of(people, terms, explanations);
        return new Change(caller, company, organisation,
                people.stream().collect(Collectors.toMap(Person::id, Function.identity())),
                terms.stream().collect(Collectors.toMap(OrgTerm::id, Function.identity())),
                explanations.stream().collect(Collectors.toMap(ExplanationRecord::id, Function.identity())),
                today(), clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    private static void storeUnique(Runnable store) {
        try {
            store.run();
        } catch (OptimisticLockException e) {
            throw new ConflictException("conflict.concurrent");
        } catch (PersistenceException e) {
            if (Sql.isUniqueViolation(e)) {
                throw InvalidInputException.of("username", "person.username.taken");
            }
            throw e;
        }
    }

    /** One change to one company's organisation: what it was, who makes the change, and when. */
    private final class Change {
        final Caller caller;
        final Company company;
        final Organisation organisation;
        final Map<Long, Person> people;
        final Map<Long, OrgTerm> terms;
        final Map<Long, ExplanationRecord> explanations;
        final LocalDate today;
        final Instant now;

        Change(Caller caller, Company company, Organisation organisation, Map<Long, Person> people,
               Map<Long, OrgTerm> terms, Map<Long, ExplanationRecord> explanations, LocalDate today, Instant now) {
            this.caller = caller;
            this.company = company;
            this.organisation = organisation;
            this.people = people;
            this.terms = terms;
            this.explanations = explanations;
            this.today = today;
            this.now = now;
        }

        String actor() {
            return caller.username();
        }

        String creditCode() {
            return company.creditCode();
        }

        /** A person of this company; another company's person does not exist here. */
        Person person(long id) {
            Person p = people.get(id);
            if (p == null) {
                throw new NotFoundException("person.notFound", id);
            }
            return p;
        }

        OrgTerm term(long id) {
            OrgTerm t = terms.get(id);
            if (t == null) {
                throw new NotFoundException("term.notFound", id);
            }
            return t;
        }

        /** Stores what the rules decided: ends terms, adds the new one, and audits each. */
        Position apply(Organisation.Change change, String action) {
            organisationChanged.fire(new OrganisationChanged(company.id(), company.creditCode()));
            for (Term ended : change.ended()) {
                OrgTerm entity = term(ended.id());
                Term before = entity.toTerm();
                entity.end(ended.end(), actor(), now);
                repository.flush();
                changes.fire(AuditedChange.of(creditCode(), TERM, entity.id(), "END", before, entity.toTerm()));
            }
            if (change.added() == null) {
                return null;
            }
            OrgTerm added;
            try {
                added = repository.add(new OrgTerm(company.id(), change.added(), actor(), now));
            } catch (PersistenceException e) {
                if (Sql.isUniqueViolation(e)) {
                    throw new ConflictException("conflict.concurrent");
                }
                throw e;
            }
            changes.fire(AuditedChange.of(creditCode(), TERM, added.id(), action, null, added.toTerm()));
            return position(added);
        }

        Position position(OrgTerm entity) {
            Term t = entity.toTerm();
            return new Position(t.id(), person(t.personId()).toDetails(), t.role(), t.category(), t.certificateNo(),
                    t.start(), t.end(), t.note());
        }

        Explanation endExplanation(Explanation ended) {
            ExplanationRecord record = Objects.requireNonNull(explanations.get(ended.id()));
            Explanation before = record.toExplanation();
            record.end(ended.end(), actor(), now);
            repository.flush();
            Explanation after = record.toExplanation();
            changes.fire(AuditedChange.of(creditCode(), EXPLANATION, record.id(), "END", before, after));
            return after;
        }
    }
}
