package org.selfcheck.company;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.selfcheck.routes.port.CompanyEvent;
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

import java.sql.Timestamp;
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

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    @Inject
    CompanyRepository companies;

    @Inject
    CompanyEventPublisher events;

    @Inject
    CallerContext callerContext;

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
            id = ((Number) em.createNativeQuery("""
                            INSERT INTO company_region_change (company_id, from_region, to_region, reason, requested_at, requested_by)
                            VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id""")
                    .setParameter(1, company.id()).setParameter(2, company.regionCode()).setParameter(3, to)
                    .setParameter(4, why).setParameter(5, Timestamp.from(now())).setParameter(6, caller.username())
                    .getSingleResult()).longValue();
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
        return list("c.credit_code = ?1", CompanyAccessPolicy.ownCompany(callerContext.require()), "DESC");
    }

    /** The open requests the caller decides: of sites in his jurisdiction (an admin's: all), oldest first. */
    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<RegionChange> pending() {
        String prefix = CompanyAccessPolicy.jurisdiction(callerContext.require());
        return list("r.state = 'PENDING' AND r.from_region LIKE ?1", prefix + "%", "ASC");
    }

    /** A company's requests, for whoever may read the company. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<RegionChange> ofCompany(String creditCode) {
        Company company = companies.findByCreditCode(creditCode).orElse(null);
        CompanyAccessPolicy.checkRead(callerContext.require(), creditCode, company == null ? null : company.regionCode());
        if (company == null) {
            throw new NotFoundException("company.notFound", creditCode);
        }
        return list("c.credit_code = ?1", creditCode, "DESC");
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
        int updated = em.createNativeQuery("""
                        UPDATE company_region_change SET state = ?2, decided_at = ?3, decided_by = ?4, decision_note = ?5
                         WHERE id = ?1 AND state = 'PENDING'""")
                .setParameter(1, r.id()).setParameter(2, state).setParameter(3, Timestamp.from(now()))
                .setParameter(4, callerContext.require().username()).setParameter(5, note).executeUpdate();
        if (updated == 0) {
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
        return list("r.id = ?1", id, "DESC").stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<RegionChange> list(String where, Object parameter, String order) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT r.id, c.credit_code, c.name, r.from_region, r.to_region, r.reason, r.requested_at, r.requested_by,
                               r.state, r.decided_at, r.decided_by, r.decision_note
                          FROM company_region_change r JOIN company c ON c.id = r.company_id
                         WHERE %1$s ORDER BY r.requested_at %2$s, r.id %2$s""".formatted(where, order))
                .setParameter(1, parameter).setMaxResults(CompanyService.MAX_PAGE).getResultList();
        return rows.stream().map(x -> new RegionChange(((Number) x[0]).longValue(), (String) x[1], (String) x[2], (String) x[3],
                (String) x[4], (String) x[5], Sql.instant(x[6]), (String) x[7], (String) x[8], Sql.instant(x[9]),
                (String) x[10], (String) x[11])).toList();
    }
}
