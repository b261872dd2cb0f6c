package org.selfcheck.bureau.spotcheck;

import org.selfcheck.hazard.Qualification;
import org.selfcheck.organisation.OrgRole;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one finding, with its evidence.
 *
 * @param matched        the matched self-report (its receipt time, plan and state); null when none matched
 * @param conditions     the R6 conditions of the match as judged at the inspection; empty when none matched
 * @param accountability the 责任倒查 list when {@link Outcome#DOUBLE_PENALTY}; empty otherwise
 * @param notOnRecord    for {@link Outcome#DOUBLE_PENALTY}, the accountable roles no one held on record during the period
 *                       (GROUP_MEMBER: 未登记内部安全检查组); empty otherwise
 * @param principalNow   when no principal is on record for the period, the principal the company records now (the one
 *                       who started last); null otherwise or when none is recorded at all
 */
public record FindingOutcome(Finding finding, Outcome outcome, Reason reason, SelfReport matched,
                             List<Qualification.Condition> conditions, List<Accountable> accountability,
                             List<OrgRole> notOnRecord, String principalNow) {

    public FindingOutcome {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        conditions = List.copyOf(conditions);
        accountability = List.copyOf(accountability);
        notOnRecord = List.copyOf(notOnRecord);
        if (reason.outcome() != outcome) {
            throw new IllegalArgumentException(reason + " does not lead to " + outcome);
        }
        if (outcome == Outcome.NON_PENALTY && !accountability.isEmpty()) {
            throw new IllegalArgumentException("no one is accountable for a finding not penalised");
        }
        if (outcome == Outcome.NON_PENALTY && (!notOnRecord.isEmpty() || principalNow != null)) {
            throw new IllegalArgumentException("no 责任倒查 for a finding not penalised");
        }
    }
}
