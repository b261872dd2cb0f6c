package org.selfcheck.filing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selfcheck.company.Company;
import org.selfcheck.company.CompanyScope;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.AuditedChange;
import org.selfcheck.shared.ConflictException;
import org.selfcheck.shared.NotFoundException;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    @Inject
    CompanyScope companyScope;

    @Inject
    Event<AuditedChange> changes;

    @Inject
    Bureaus bureaus;

    /**
     * The company's filings, newest first, optionally of one report or one hazard.
     *
     * @param reportId only this report's filings, or null
     * @param hazardId only this hazard's filings, or null
     */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<FilingView> list(String creditCode, Long reportId, Long hazardId) {
        Company company = companyScope.readable(creditCode);
        String subject = reportId != null ? " AND f.report_id = " + reportId.longValue()
                : hazardId != null ? " AND f.hazard_id = " + hazardId.longValue() : "";
        return views(FilingRows.SELECT + " WHERE f.company_id = ?1" + subject + " ORDER BY f.created_at DESC, f.id LIMIT ?2",
                company.id(), LIST_LIMIT);
    }

    /** A report's filings (its signature), for whoever may read the report's company; newest first. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<FilingView> ofReport(long reportId) {
        return readable(views(FilingRows.SELECT + " WHERE f.report_id = ?1 ORDER BY f.created_at DESC", reportId));
    }

    /** A hazard's filings (recorded, milestones), for whoever may read the hazard's company; newest first. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<FilingView> ofHazard(long hazardId) {
        return readable(views(FilingRows.SELECT + " WHERE f.hazard_id = ?1 ORDER BY f.created_at DESC", hazardId));
    }

    private List<FilingView> readable(List<FilingView> list) {
        list.stream().map(FilingView::creditCode).distinct().forEach(companyScope::readable);
        return list;
    }

    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public FilingView get(UUID id) {
        List<?> owner = em.createNativeQuery("SELECT company_id FROM filing WHERE id = ?1").setParameter(1, id).getResultList();
        if (owner.isEmpty()) {
            throw new NotFoundException("filing.notFound", id);
        }
        // another company's filing does not exist for the caller
        companyScope.readableOwnerOf(((Number) owner.get(0)).longValue(), () -> new NotFoundException("filing.notFound", id));
        return find(id).orElseThrow();
    }

    /** What needs an admin: failed (dead letters) and unrouted filings, then those being retried; newest first. */
    @RolesAllowed(Roles.ADMIN)
    public List<FilingView> problems() {
        return views(FilingRows.SELECT + """
                 WHERE f.status IN ('FAILED', 'UNROUTED', 'RETRYING')
                 ORDER BY CASE WHEN f.status = 'RETRYING' THEN 1 ELSE 0 END, f.updated_at DESC LIMIT ?1""", LIST_LIMIT);
    }

    /** How many filings are in each status, for the admin's overview. */
    @RolesAllowed(Roles.ADMIN)
    @SuppressWarnings("unchecked")
    public Map<FilingStatus, Long> counts() {
        Map<FilingStatus, Long> counts = new EnumMap<>(FilingStatus.class);
        for (FilingStatus s : FilingStatus.values()) {
            counts.put(s, 0L);
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT status, count(*) FROM filing GROUP BY status").getResultList()) {
            counts.put(FilingStatus.valueOf((String) r[0]), ((Number) r[1]).longValue());
        }
        return counts;
    }

    /**
     * Sends a failed or unrouted filing again, as it was sealed: routed anew (the directory may have been
     * corrected), attempts counted from zero. Audited with the admin's name.
     */
    @RolesAllowed(Roles.ADMIN)
    public FilingView replay(UUID id) {
        List<?> rows = em.createNativeQuery("SELECT status, region_code, kind, bureau_id FROM filing WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("filing.notFound", id);
        }
        Object[] row = (Object[]) rows.get(0);
        FilingStatus status = FilingStatus.valueOf((String) row[0]);
        if (!status.replayable()) {
            throw new ConflictException("filing.notReplayable");
        }
        FilingKind kind = FilingKind.valueOf((String) row[2]);
        Long previous = FilingRows.number(row[3]);
        List<BureauEntry> directory = bureaus.all();
        long bureau = BureauRouting.route((String) row[1], kind, directory).map(BureauEntry::id)
                .or(() -> directory.stream().filter(b -> b.active() && b.id() == (previous == null ? -1 : previous))
                        .map(BureauEntry::id).findFirst())
                .orElseThrow(() -> new ConflictException("filing.noBureau", row[1]));
        em.createNativeQuery("""
                        UPDATE filing SET status = 'PENDING', bureau_id = ?2, attempts = 0, replays = replays + 1,
                                          next_attempt_at = now(), last_error = NULL, updated_at = now()
                         WHERE id = ?1""")
                .setParameter(1, id).setParameter(2, bureau).executeUpdate();
        FilingView after = find(id).orElseThrow();
        changes.fire(AuditedChange.of(after.creditCode(), "filing", id, "REPLAY",
                Map.of("status", status.name(), "bureau", previous == null ? "" : previous.toString()),
                Map.of("status", after.status().name(), "bureau", after.bureauName())));
        return after;
    }

    private Optional<FilingView> find(UUID id) {
        return views(FilingRows.SELECT + " WHERE f.id = ?1", id).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<FilingView> views(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(FilingRows::view).toList();
    }
}
