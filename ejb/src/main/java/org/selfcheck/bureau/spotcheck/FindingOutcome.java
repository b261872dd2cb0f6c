package org.selfcheck.bureau.spotcheck;

import org.selfcheck.hazard.Qualification;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one finding, with its evidence.
 *
 * @param matched        the matched self-report (its receipt time, plan and state); null when none matched
 * @param conditions     the R6 conditions of the match as judged at the inspection; empty when none matched
 * @param accountability the 责任倒查 list when {@link Outcome#DOUBLE_PENALTY}; empty otherwise
 */
public record FindingOutcome(Finding finding, Outcome outcome, Reason reason, SelfReport matched,
                             List<Qualification.Condition> conditions, List<Accountable> accountability) {

    public FindingOutcome {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        conditions = List.copyOf(conditions);
        accountability = List.copyOf(accountability);
        if (reason.outcome() != outcome) {
            throw new IllegalArgumentException(reason + " does not lead to " + outcome);
        }
        if (outcome == Outcome.NON_PENALTY && !accountability.isEmpty()) {
            throw new IllegalArgumentException("no one is accountable for a finding not penalised");
        }
    }
}
