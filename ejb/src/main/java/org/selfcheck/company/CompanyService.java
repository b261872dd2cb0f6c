package org.selfcheck.company;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.selfcheck.region.RegionDirectory;
import org.selfcheck.routes.port.CompanyEvent;
import org.selfcheck.security.Caller;
import org.selfcheck.security.CallerContext;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.AccessDeniedException;
import org.selfcheck.shared.AuditedChange;
import org.selfcheck.shared.ConflictException;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.NotFoundException;
import org.selfcheck.shared.persistence.Sql;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Registers and updates company profiles and answers who may see them. Every method is scoped to the
 * caller: enterprise users to their own company, bureau officers to their jurisdiction.
 */
@Stateless
public class CompanyService {

    static final int MAX_PAGE = 200;

    @Inject
    RegionDirectory regions;

    @Inject
    CompanyRepository companies;

    @Inject
    CompanyEventPublisher events;

    @Inject
    CallerContext callerContext;

    @Inject
    Clock clock;

    @Inject
    Event<AuditedChange> changes;

    /** The caller's own company. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER})
    public CompanyDetails mine() {
        String own = CompanyAccessPolicy.ownCompany(callerContext.require());
        return companies.findByCreditCode(own)
                .map(Company::toDetails)
                .orElseThrow(() -> new NotFoundException("company.notRegistered"));
    }

    /** The credit code the caller's account is bound to, registered or not (to prefill a form). */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER})
    public String ownCreditCode() {
        return CompanyAccessPolicy.ownCompany(callerContext.require());
    }

    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public CompanyDetails get(String creditCode) {
        Caller caller = callerContext.require();
        Company company = companies.findByCreditCode(creditCode).orElse(null);
        CompanyAccessPolicy.checkRead(caller, creditCode, company == null ? null : company.regionCode());
        if (company == null) {
            throw new NotFoundException("company.notFound", creditCode);
        }
        return company.toDetails();
    }

    /** Whether the caller may read this company now (an officer: its site lies in his jurisdiction). */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public boolean readable(String creditCode) {
        Company company = companies.findByCreditCode(creditCode).orElse(null);
        try {
            CompanyAccessPolicy.checkRead(callerContext.require(), creditCode, company == null ? null : company.regionCode());
            return company != null;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /**
     * Registers the caller's company or updates its profile.
     *
     * @return the saved profile and whether it was a registration
     */
    @RolesAllowed(Roles.SAFETY_MANAGER)
    public SaveResult save(String creditCode, CompanyProfileInput input) {
        Caller caller = callerContext.require();
        CompanyAccessPolicy.checkChange(caller, creditCode);
        Company company = companies.findByCreditCode(creditCode).orElse(null);
        String site = company == null ? null : company.regionCode();
        CompanyProfile profile = CompanyProfile.from(input, code -> code.equals(site) || regions.isCounty(code));
        if (!profile.creditCode().value().equals(creditCode)) {
            throw InvalidInputException.of("creditCode", "creditCode.notOwn", creditCode);
        }
        // PostgreSQL keeps microseconds: answer with what is stored
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean registered = company == null;
        CompanyDetails before = registered ? null : company.toDetails();
        try {
            if (registered) {
                company = new Company(profile, caller.username(), now);
                companies.add(company);
            } else {
                if (input.expectedVersion() != null && input.expectedVersion() != company.version()) {
                    throw new ConflictException("conflict.concurrent");
                }
                if (!profile.regionCode().value().equals(company.regionCode())) {
                    // jurisdiction is not the company's to change: it asks, the competent bureau decides
                    throw InvalidInputException.of("regionCode", "company.regionByRequest", company.regionCode());
                }
                company.update(profile, caller.username(), now);
                companies.flush();
            }
        } catch (OptimisticLockException e) {
            throw new ConflictException("conflict.concurrent");
        } catch (PersistenceException e) {
            if (Sql.isUniqueViolation(e)) {
                // the unique credit code: registered by someone else at the same moment
                throw new ConflictException("conflict.concurrent");
            }
            throw e;
        }
        CompanyDetails after = company.toDetails();
        announce(registered, before, after, now, caller);
        return new SaveResult(after, registered);
    }

    /**
     * Registers a company whose application the competent bureau approved (onboarding), the approving officer as its
     * registrant; a credit code registered meanwhile is a conflict.
     *
     * @return the company's id
     */
    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    public long registerApproved(CompanyProfileInput input) {
        Caller caller = callerContext.require();
        CompanyProfile profile = CompanyProfile.from(input, regions::isCounty);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Company company = new Company(profile, caller.username(), now);
        try {
            companies.add(company);
        } catch (PersistenceException e) {
            if (Sql.isUniqueViolation(e)) {
                throw new ConflictException("conflict.concurrent");
            }
            throw e;
        }
        announce(true, null, company.toDetails(), now, caller);
        return company.id();
    }

    /** What an import's row did to its company. */
    public enum ImportOutcome { CREATED, UPDATED, UNCHANGED }

    /** The company an import's row registered or updated, and what it did. */
    public record Imported(long companyId, ImportOutcome outcome) {
    }

    /**
     * Registers or updates a company from a row of a bulk import (the company-import route), attributed to the
     * uploader and checked against the jurisdiction the uploader had: the site must lie within it, a registered company
     * too, and a row does not move a registered company (a region change is decided as such). The import leaves the
     * company's special fields as they are (the template has none); a row that changes nothing changes nothing.
     *
     * @param jurisdiction the uploader's region prefix, "" for an admin
     */
    @PermitAll
    public Imported importProfile(CompanyProfile profile, String jurisdiction, String actor) {
        if (!profile.regionCode().value().startsWith(jurisdiction)) {
            throw InvalidInputException.of("regionCode", "import.outsideJurisdiction", regions.fullName(profile.regionCode().value()));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Company company = companies.findByCreditCode(profile.creditCode().value()).orElse(null);
        if (company == null) {
            company = new Company(profile, actor, now);
            companies.add(company);
            announce(true, null, company.toDetails(), now, actor);
            return new Imported(company.id(), ImportOutcome.CREATED);
        }
        if (!company.regionCode().startsWith(jurisdiction)) {
            throw InvalidInputException.of("creditCode", "import.registeredElsewhere");
        }
        if (!company.regionCode().equals(profile.regionCode().value())) {
            throw InvalidInputException.of("regionCode", "import.regionChange", regions.fullName(company.regionCode()));
        }
        CompanyProfile kept = new CompanyProfile(profile.creditCode(), profile.name(), profile.regionCode(),
                profile.industryCode(), profile.industryName(), profile.highRisk(), profile.grade(), profile.address(),
                java.util.Set.copyOf(company.specialFields()));
        CompanyDetails before = company.toDetails();
        if (company.sameProfile(kept)) {
            return new Imported(company.id(), ImportOutcome.UNCHANGED);
        }
        company.update(kept, actor, now);
        companies.flush();
        announce(false, before, company.toDetails(), now, actor);
        return new Imported(company.id(), ImportOutcome.UPDATED);
    }

    /** The id of the company registered with this credit code, if any (onboarding tells a claim from a new company). */
    @PermitAll
    public Optional<Long> registeredId(String creditCode) {
        return companies.findByCreditCode(creditCode).map(Company::id);
    }

    private void announce(boolean registered, CompanyDetails before, CompanyDetails after, Instant now, Caller caller) {
        changes.fire(AuditedChange.of(after.creditCode(), "company", after.creditCode(), registered ? "REGISTER" : "UPDATE",
                before, after));
        publish(registered, after, now, caller.username());
    }

    /** An import's change, made by the import's process on the uploader's behalf: audited and announced as his. */
    private void announce(boolean registered, CompanyDetails before, CompanyDetails after, Instant now, String actor) {
        changes.fire(AuditedChange.of(after.creditCode(), "company", after.creditCode(), registered ? "REGISTER" : "UPDATE",
                before, after).by(actor));
        publish(registered, after, now, actor);
    }

    private void publish(boolean registered, CompanyDetails after, Instant now, String actor) {
        events.publish(new CompanyEvent(UUID.randomUUID().toString(),
                registered ? CompanyEvent.REGISTERED : CompanyEvent.UPDATED, after.creditCode(), after.name(),
                after.regionCode(), now.toString(), actor));
    }

    /** Companies in the caller's jurisdiction (admins: everywhere), ordered by credit code. */
    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<CompanyDetails> list(int first, int max) {
        String prefix = CompanyAccessPolicy.jurisdiction(callerContext.require());
        return companies.findInRegion(prefix, Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE))
                .stream().map(Company::toDetails).toList();
    }

    /** The recorded history of a company, newest first. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<CompanyEventDetails> history(String creditCode) {
        get(creditCode);
        return companies.events(creditCode, MAX_PAGE);
    }

    /** What {@link #save} did. */
    public record SaveResult(CompanyDetails company, boolean registered) {
    }
}
