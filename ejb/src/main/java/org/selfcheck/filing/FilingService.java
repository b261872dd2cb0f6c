package org.selfcheck.filing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.selfcheck.company.Company;
import org.selfcheck.company.CompanyScope;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.AuditedChange;
import org.selfcheck.shared.ConflictException;
import org.selfcheck.shared.NotFoundException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Filings as people see them: a company its own (and a bureau officer or admin those they may read), each with its
 * status and the bureau's receipt; the admins the filings that need them (发送失败, 无管辖部门, 重试中) and the
 * replay that sends one again.
 */
@Stateless
public class FilingService {

    /** At most this many filings are listed at once. */
    static final int LIST_LIMIT = 1000;

    @Inject
    FilingRepository filings;

    @Inject
    CompanyScope companyScope;

    @Inject
    Event<AuditedChange> changes;

    @Inject
    BureauRepository bureaus;

    /**
     * The company's filings, newest first, optionally of one report or one hazard.
     *
     * @param reportId only this report's filings, or null
     * @param hazardId only this hazard's filings, or null
     */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<FilingView> list(String creditCode, Long reportId, Long hazardId) {
        Company company = companyScope.readable(creditCode);
        return filings.ofCompany(company.id(), reportId, hazardId, LIST_LIMIT);
    }

    /** A report's filings (its signature), for whoever may read the report's company; newest first. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<FilingView> ofReport(long reportId) {
        return readable(filings.ofReport(reportId));
    }

    /** A hazard's filings (recorded, milestones), for whoever may read the hazard's company; newest first. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<FilingView> ofHazard(long hazardId) {
        return readable(filings.ofHazard(hazardId));
    }

    private List<FilingView> readable(List<FilingView> list) {
        list.stream().map(FilingView::creditCode).distinct().forEach(companyScope::readable);
        return list;
    }

    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public FilingView get(UUID id) {
        long owner = filings.companyOf(id).orElseThrow(() -> new NotFoundException("filing.notFound", id));
        // another company's filing does not exist for the caller
        companyScope.readableOwnerOf(owner, () -> new NotFoundException("filing.notFound", id));
        return filings.find(id).orElseThrow();
    }

    /** What needs an admin: failed (dead letters) and unrouted filings, then those being retried; newest first. */
    @RolesAllowed(Roles.ADMIN)
    public List<FilingView> problems() {
        return filings.problems(LIST_LIMIT);
    }

    /** How many filings are in each status, for the admin's overview. */
    @RolesAllowed(Roles.ADMIN)
    public Map<FilingStatus, Long> counts() {
        return filings.counts();
    }

    /**
     * Sends a failed or unrouted filing again, as it was sealed: routed anew (the directory may have been
     * corrected), attempts counted from zero. Audited with the admin's name.
     */
    @RolesAllowed(Roles.ADMIN)
    public FilingView replay(UUID id) {
        FilingRepository.Replayable row = filings.lockForReplay(id).orElseThrow(() -> new NotFoundException("filing.notFound", id));
        FilingStatus status = row.status();
        if (!status.replayable()) {
            throw new ConflictException("filing.notReplayable");
        }
        Long previous = row.bureauId();
        List<BureauEntry> directory = bureaus.all();
        long bureau = BureauRouting.route(row.regionCode(), row.kind(), directory).map(BureauEntry::id)
                .or(() -> directory.stream().filter(b -> b.active() && b.id() == (previous == null ? -1 : previous))
                        .map(BureauEntry::id).findFirst())
                .orElseThrow(() -> new ConflictException("filing.noBureau", row.regionCode()));
        filings.replay(id, bureau);
        FilingView after = filings.find(id).orElseThrow();
        changes.fire(AuditedChange.of(after.creditCode(), "filing", id, "REPLAY",
                Map.of("status", status.name(), "bureau", previous == null ? "" : previous.toString()),
                Map.of("status", after.status().name(), "bureau", after.bureauName())));
        return after;
    }
}
