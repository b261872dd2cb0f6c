package org.selfcheck.company;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.selfcheck.routes.port.CompanyEvent;
import org.selfcheck.region.RegionDirectory;
import org.selfcheck.security.Caller;
import org.selfcheck.security.CallerContext;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.AuditedChange;
import org.selfcheck.shared.ConflictException;
import org.selfcheck.shared.InvalidInputException.FieldError;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.NotFoundException;
import org.selfcheck.shared.RegionCode;
import org.selfcheck.shared.Texts;
import org.selfcheck.shared.persistence.Sql;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Moving a production site to another region (issue 14): jurisdiction is not the company's to change. Its safety
 * manager asks, with a reason; the bureau competent for the site it has now (or an admin) approves or rejects, and
 * only an approval moves the site. Every request stays on record. What a jurisdiction did or received before the move
 * (inspections, filings) stays with it.
 */
@Stateless
public class RegionChangeService {

    static final int MAX_REASON = 1000;
    private static final String ENTITY = "region-change";

    @Inject
    RegionChangeRepository requests;

    @Inject
    CompanyRepository companies;

    @Inject
    CompanyEventPublisher events;

    @Inject
    CallerContext callerContext;

    @Inject
    RegionDirectory regions;

    @Inject
    Event<AuditedChange> changes;

    @Inject
    Clock clock;

    /** The safety manager asks to move the site to {@code toRegion}; one open request at a time. */
    @RolesAllowed(Roles.SAFETY_MANAGER)
    public RegionChange request(String toRegion, String reason) {
        Caller caller = callerContext.require();
        Company company = companies.findByCreditCode(CompanyAccessPolicy.ownCompany(caller))
                .orElseThrow(() -> new NotFoundException("company.notRegistered"));
        List<FieldError> errors = new ArrayList<>();
        String to = null;
        try {
            to = RegionCode.of(toRegion).value();
            if (to.equals(company.regionCode())) {
                errors.add(new FieldError("toRegion", "regionChange.same", List.of(to)));
            } else if (!regions.isCounty(to)) {
                errors.add(new FieldError("toRegion", "regionCode.notCounty", List.of(to)));
            }
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> errors.add(new FieldError("toRegion", f.messageKey(), f.arguments())));
        }
        String why = Texts.clean(reason);
        if (why == null) {
            errors.add(new FieldError("reason", "regionChange.reason.required", List.of()));
        } else if (why.length() > MAX_REASON) {
            errors.add(new FieldError("reason", "text.length", List.of(MAX_REASON)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id;
        try {
            id = requests.add(company.id(), company.regionCode(), to, why, now(), caller.username());
        } catch (PersistenceException e) {
            if (Sql.isUniqueViolation(e)) {
                throw new ConflictException("regionChange.pendingExists");
            }
            throw e;
        }
        RegionChange asked = load(id);
        changes.fire(AuditedChange.of(company.creditCode(), ENTITY, id, "REQUEST", null, asked));
        return asked;
    }

    /** The safety manager takes back his company's open request. */
    @RolesAllowed(Roles.SAFETY_MANAGER)
    public RegionChange withdraw(long id) {
        Caller caller = callerContext.require();
        RegionChange r = find(id).filter(x -> x.creditCode().equals(CompanyAccessPolicy.ownCompany(caller)))
                .orElseThrow(() -> new NotFoundException("regionChange.notFound", id));
        return close(r, RegionChange.WITHDRAWN, null, "WITHDRAW");
    }

    /** The caller's company's requests, newest first. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER})
    public List<RegionChange> mine() {
        return requests.ofCompany(CompanyAccessPolicy.ownCompany(callerContext.require()), CompanyService.MAX_PAGE);
    }

    /** The open requests the caller decides: of sites in his jurisdiction (an admin's: all), oldest first. */
    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<RegionChange> pending() {
        String prefix = CompanyAccessPolicy.jurisdiction(callerContext.require());
        return requests.pendingIn(prefix, CompanyService.MAX_PAGE);
    }

    /** A company's requests, for whoever may read the company. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<RegionChange> ofCompany(String creditCode) {
        Company company = companies.findByCreditCode(creditCode).orElse(null);
        CompanyAccessPolicy.checkRead(callerContext.require(), creditCode, company == null ? null : company.regionCode());
        if (company == null) {
            throw new NotFoundException("company.notFound", creditCode);
        }
        return requests.ofCompany(creditCode, CompanyService.MAX_PAGE);
    }

    /** One request: for its company's users, the bureaus of the region it leaves and the one it goes to, admins. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public RegionChange get(long id) {
        Caller caller = callerContext.require();
        return find(id).filter(r -> caller.isEnterpriseUser() ? r.creditCode().equals(CompanyAccessPolicy.ownCompany(caller))
                        : r.fromRegion().startsWith(CompanyAccessPolicy.jurisdiction(caller))
                        || r.toRegion().startsWith(CompanyAccessPolicy.jurisdiction(caller)))
                .orElseThrow(() -> new NotFoundException("regionChange.notFound", id));
    }

    /**
     * The competent bureau decides an open request: an approval moves the site (the company's profile, its history and
     * audit trail say so), a rejection needs a note saying why. An officer of another jurisdiction does not see it (404).
     */
    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    public RegionChange decide(long id, boolean approve, String note) {
        String prefix = CompanyAccessPolicy.jurisdiction(callerContext.require());
        RegionChange r = find(id).filter(x -> x.fromRegion().startsWith(prefix))
                .orElseThrow(() -> new NotFoundException("regionChange.notFound", id));
        if (!r.pending()) {
            throw new ConflictException("regionChange.decided");
        }
        String why = Texts.clean(note);
        if (!approve && why == null) {
            throw InvalidInputException.of("note", "regionChange.note.required");
        }
        if (why != null && why.length() > MAX_REASON) {
            throw InvalidInputException.of("note", "text.length", MAX_REASON);
        }
        if (!approve) {
            return close(r, RegionChange.REJECTED, why, "REJECT");
        }
        // the company row is locked first: an inspection being recorded meanwhile sees the site before or after, whole
        Company company = companies.lockByCreditCode(r.creditCode()).orElseThrow();
        if (!company.regionCode().equals(r.fromRegion())) {
            throw new ConflictException("conflict.concurrent");
        }
        CompanyDetails before = company.toDetails();
        RegionChange decided = close(r, RegionChange.APPROVED, why, "APPROVE");
        Instant now = decided.decidedAt();
        company.moveTo(r.toRegion(), callerContext.require().username(), now);
        companies.flush();
        changes.fire(AuditedChange.of(r.creditCode(), "company", r.creditCode(), "REGION_CHANGE", before, company.toDetails()));
        events.publish(new CompanyEvent(UUID.randomUUID().toString(), CompanyEvent.REGION_CHANGED, r.creditCode(),
                r.companyName(), r.toRegion(), now.toString(), decided.decidedBy()));
        return decided;
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private RegionChange close(RegionChange r, String state, String note, String action) {
        if (!requests.close(r.id(), state, note, now(), callerContext.require().username())) {
            throw new ConflictException("regionChange.decided");
        }
        RegionChange closed = load(r.id());
        changes.fire(AuditedChange.of(r.creditCode(), ENTITY, r.id(), action, Map.of("state", r.state()), closed));
        return closed;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private RegionChange load(long id) {
        return find(id).orElseThrow();
    }

    private java.util.Optional<RegionChange> find(long id) {
        return requests.find(id);
    }
}
