package org.selfcheck.filing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.selfcheck.region.RegionDirectory;
import org.selfcheck.security.CallerContext;
import org.selfcheck.security.Roles;
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

/**
 * The bureau directory: admins keep it (every change audited on the system chain); everyone reads it and asks
 * which bureau has jurisdiction over a production site.
 */
@Stateless
public class BureauService {

    private static final String BUREAU = "bureau";

    @Inject
    RegionDirectory regions;

    @Inject
    CallerContext callerContext;

    @Inject
    Event<AuditedChange> changes;

    @Inject
    BureauRepository bureaus;

    @Inject
    Clock clock;

    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<BureauEntry> directory() {
        return bureaus.all();
    }

    /** The bureau that takes filings of this kind for a production site's region code, if any. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public Optional<BureauEntry> route(String regionCode, FilingKind kind) {
        return kind == null ? BureauRouting.route(regionCode, directory()) : BureauRouting.route(regionCode, kind, directory());
    }

    @RolesAllowed(Roles.ADMIN)
    public BureauEntry add(BureauValues values) {
        String actor = callerContext.require().username();
        requireDivision(values);
        Bureau b = new Bureau(values, actor, now());
        try {
            bureaus.add(b);
        } catch (PersistenceException e) {
            throw unique(e);
        }
        BureauEntry after = b.toEntry();
        changes.fire(AuditedChange.ofSystem(BUREAU, after.id(), "CREATE", null, after));
        return after;
    }

    @RolesAllowed(Roles.ADMIN)
    public BureauEntry update(long id, BureauValues values, Long expectedVersion) {
        String actor = callerContext.require().username();
        Bureau b = bureaus.find(id).orElseThrow(() -> new NotFoundException("bureau.notFound", id));
        if (expectedVersion != null && expectedVersion != b.version()) {
            throw new ConflictException("conflict.concurrent");
        }
        if (!values.jurisdiction().equals(b.toEntry().jurisdiction())) {
            requireDivision(values);
        }
        BureauEntry before = b.toEntry();
        b.update(values, actor, now());
        try {
            bureaus.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("conflict.concurrent");
        } catch (PersistenceException e) {
            throw unique(e);
        }
        BureauEntry after = b.toEntry();
        changes.fire(AuditedChange.ofSystem(BUREAU, id, "UPDATE", before, after));
        return after;
    }

    /** A bureau's jurisdiction is a division in use (one abolished since is kept as it is until changed). */
    private void requireDivision(BureauValues values) {
        if (!regions.isDivision(values.jurisdiction())) {
            throw InvalidInputException.of("jurisdiction", "bureau.jurisdiction.unknown", values.jurisdiction());
        }
    }

    private static RuntimeException unique(PersistenceException e) {
        return Sql.isUniqueViolation(e) ? new ConflictException("bureau.jurisdictionTaken") : e;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
