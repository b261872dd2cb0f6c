package org.selfcheck.hazard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.selfcheck.company.Company;
import org.selfcheck.shared.AuditedChange;

import java.time.Instant;
import java.util.List;

/**
 * The one way a hazard comes to exist, whether reported ({@link HazardService#report}) or found by a quarterly check
 * (the check service, on completion or amendment): stored, then {@link HazardChanged} (audit, summary) and
 * {@link HazardMilestone.Kind#RECORDED} (filing) in the caller's transaction. Callers check access first.
 */
@ApplicationScoped
public class HazardRegister {

    @Inject
    HazardRepository hazards;

    @Inject
    Event<HazardChanged> changes;

    @Inject
    Event<HazardMilestone> milestones;

    public Hazard record(Company company, Hazard hazard, String actor, Instant now) {
        Hazard h = hazards.add(hazard);
        HazardRecord record = h.toRecord();
        changes.fire(new HazardChanged(company.id(), AuditedChange.of(company.creditCode(), HazardService.HAZARD, h.id(),
                "CREATE", null, record)));
        milestones.fire(new HazardMilestone(HazardMilestone.Kind.RECORDED, company, record, null, null, actor, now));
        return h;
    }

    /** The hazards some checks opened, in order, by check id. */
    public java.util.Map<Long, List<HazardSummary>> ofChecks(java.util.Collection<Long> checkIds) {
        return hazards.ofChecks(checkIds).stream().collect(java.util.stream.Collectors.groupingBy(Hazard::checkId,
                java.util.stream.Collectors.mapping(Hazard::toSummary, java.util.stream.Collectors.toList())));
    }

    /** Whether a check's result has opened its hazard already (a result opens one, once). */
    public boolean opened(long resultId) {
        return hazards.openedBy(resultId);
    }
}
