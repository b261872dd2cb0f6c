package org.selfcheck.hazard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Whether a hazard qualifies for non-penalty (R6, 依法不予处罚): found by the company itself, reported as
 * required before any bureau finding, a remediation plan with all 五落实 elements, and remediation in time
 * or already closed. Derived from facts only, with a reason for every condition, so that the company's
 * register and the bureau's spot check (does a matching self-reported hazard qualify?) judge alike.
 */
public final class Qualification {

    /** The conditions of R6, in the order they are shown. */
    public enum Kind {
        /** 自查发现 */
        SELF_FOUND,
        /** 按规定报告: received by the bureau before any finding of its own */
        REPORTED,
        /** 五落实 */
        PLAN_COMPLETE,
        /** 正在采取有效措施消除: in time, or already closed */
        UNDER_WAY
    }

    /**
     * What the judgment rests on.
     *
     * @param recordedAt      when the company recorded the hazard
     * @param receiptAt       the bureau's receipt of the filing; null when not filed yet
     * @param bureauFindingAt the bureau's first finding of this hazard (the start of that inspection); null when none
     * @param plan            the remediation plan; null is taken as {@link RemediationPlan#EMPTY}
     * @param deadline        the effective deadline ({@link Overdue#effectiveDeadline}); null when none
     */
    public record Facts(HazardSource source, Instant recordedAt, Instant receiptAt, Instant bureauFindingAt, RemediationPlan plan,
                        HazardState state, LocalDate deadline, LocalDate today) {

        public Facts {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(recordedAt, "recordedAt");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(today, "today");
            if (plan == null) {
                plan = RemediationPlan.EMPTY;
            }
        }
    }

    /** One condition, whether it is met, and the message key (with arguments) that says why. */
    public record Condition(Kind kind, boolean met, String reasonKey, List<Object> args) {

        public Condition {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reasonKey, "reasonKey");
            args = List.copyOf(args);
        }
    }

    private final List<Condition> conditions;

    private Qualification(List<Condition> conditions) {
        this.conditions = List.copyOf(conditions);
    }

    public static Qualification of(Facts facts) {
        return new Qualification(List.of(selfFound(facts), reported(facts), planComplete(facts), underWay(facts)));
    }

    /** Found by the company, and recorded before any bureau finding of it: one recorded later is 非自查发现. */
    private static Condition selfFound(Facts f) {
        if (!f.source().ownFinding()) {
            return new Condition(Kind.SELF_FOUND, false, "qualification.selfFound.no", List.of(f.source().name()));
        }
        if (f.bureauFindingAt() != null && !f.recordedAt().isBefore(f.bureauFindingAt())) {
            return new Condition(Kind.SELF_FOUND, false, "qualification.selfFound.afterBureau",
                    List.of(f.recordedAt(), f.bureauFindingAt()));
        }
        return new Condition(Kind.SELF_FOUND, true, "qualification.selfFound.yes", List.of(f.source().name()));
    }

    private static Condition reported(Facts f) {
        if (f.receiptAt() == null) {
            return new Condition(Kind.REPORTED, false, "qualification.reported.notFiled", List.of());
        }
        if (f.bureauFindingAt() != null && !f.receiptAt().isBefore(f.bureauFindingAt())) {
            return new Condition(Kind.REPORTED, false, "qualification.reported.late",
                    List.of(f.receiptAt(), f.bureauFindingAt()));
        }
        return new Condition(Kind.REPORTED, true, "qualification.reported.yes", List.of(f.receiptAt()));
    }

    private static Condition planComplete(Facts f) {
        List<String> missing = f.plan().missing();
        if (missing.isEmpty()) {
            return new Condition(Kind.PLAN_COMPLETE, true, "qualification.plan.yes", List.of());
        }
        return new Condition(Kind.PLAN_COMPLETE, false, "qualification.plan.missing", List.of(missing));
    }

    private static Condition underWay(Facts f) {
        if (f.state() == HazardState.CLOSED) {
            return new Condition(Kind.UNDER_WAY, true, "qualification.underWay.closed", List.of());
        }
        if (f.deadline() == null) {
            return new Condition(Kind.UNDER_WAY, false, "qualification.underWay.noDeadline", List.of());
        }
        if (Overdue.overdue(f.state(), f.deadline(), f.today())) {
            return new Condition(Kind.UNDER_WAY, false, "qualification.underWay.overdue", List.of(f.deadline()));
        }
        return new Condition(Kind.UNDER_WAY, true, "qualification.underWay.onTime", List.of(f.deadline()));
    }

    /** Every condition, in {@link Kind} order. */
    public List<Condition> conditions() {
        return conditions;
    }

    /** Whether every condition is met. */
    public boolean qualified() {
        return conditions.stream().allMatch(Condition::met);
    }

    public Condition condition(Kind kind) {
        return conditions.stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    /** The conditions not met, in order; empty when qualified. */
    public List<Condition> unmet() {
        return conditions.stream().filter(c -> !c.met()).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Qualification other && conditions.equals(other.conditions);
    }

    @Override
    public int hashCode() {
        return conditions.hashCode();
    }

    @Override
    public String toString() {
        return "Qualification" + conditions;
    }
}
