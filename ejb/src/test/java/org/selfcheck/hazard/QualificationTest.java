package org.selfcheck.hazard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.selfcheck.hazard.Qualification.Condition;
import org.selfcheck.hazard.Qualification.Facts;
import org.selfcheck.hazard.Qualification.Kind;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QualificationTest {

    /** The hazard was found on day 1 of March. */
    static final LocalDate FOUND = LocalDate.of(2026, 3, 1);
    static final LocalDate DEADLINE = LocalDate.of(2026, 4, 30);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    static Instant day(int day) {
        return FOUND.plusDays(day - 1).atTime(10, 0).toInstant(ZoneOffset.ofHours(8));
    }

    static final RemediationPlan COMPLETE = RemediationPlan.of("张三", "设备科", "加装泄爆片", new BigDecimal("50000"),
            "企业安全生产费用", DEADLINE, "停用除尘系统，设置警戒区", FOUND);
    static final RemediationPlan DRAFT = RemediationPlan.of("张三", null, "加装泄爆片", null, null, DEADLINE, null, FOUND);

    /** A self-check hazard recorded on day 2, filed on day 3, found by the bureau on day 10, complete plan, in progress in time. */
    static Facts qualifying() {
        return new Facts(HazardSource.SELF_CHECK, day(2), day(3), day(10), COMPLETE, HazardState.IN_PROGRESS, DEADLINE, TODAY);
    }

    static Facts withSource(Facts f, HazardSource source) {
        return new Facts(source, f.recordedAt(), f.receiptAt(), f.bureauFindingAt(), f.plan(), f.state(), f.deadline(), f.today());
    }

    static Facts withReport(Facts f, Instant receiptAt, Instant bureauFindingAt) {
        return new Facts(f.source(), f.recordedAt(), receiptAt, bureauFindingAt, f.plan(), f.state(), f.deadline(), f.today());
    }

    static Facts withPlan(Facts f, RemediationPlan plan) {
        return new Facts(f.source(), f.recordedAt(), f.receiptAt(), f.bureauFindingAt(), plan, f.state(), f.deadline(), f.today());
    }

    static Facts withProgress(Facts f, HazardState state, LocalDate deadline, LocalDate today) {
        return new Facts(f.source(), f.recordedAt(), f.receiptAt(), f.bureauFindingAt(), f.plan(), state, deadline, today);
    }

    static Condition condition(Facts facts, Kind kind) {
        return Qualification.of(facts).condition(kind);
    }

    static void assertCondition(Condition c, boolean met, String reasonKey, Object... args) {
        assertThat(c.met()).as("met").isEqualTo(met);
        assertThat(c.reasonKey()).isEqualTo(reasonKey);
        assertThat(c.args()).containsExactly(args);
    }

    // ---- the whole judgment --------------------------------------------------------------------------------

    @Test
    void aSelfCheckHazardFiledBeforeTheBureauFoundItWithACompletePlanAndInTimeQualifies() {
        Qualification q = Qualification.of(qualifying());

        assertThat(q.qualified()).isTrue();
        assertThat(q.unmet()).isEmpty();
        assertThat(q.conditions()).extracting(Condition::kind)
                .containsExactly(Kind.SELF_FOUND, Kind.REPORTED, Kind.PLAN_COMPLETE, Kind.UNDER_WAY);
        assertThat(q.conditions()).extracting(Condition::reasonKey).containsExactly("qualification.selfFound.yes",
                "qualification.reported.yes", "qualification.plan.yes", "qualification.underWay.onTime");
    }

    @Test
    void theSameHazardFiledAfterTheBureauFoundItFailsOnReportingOnly() {
        Qualification q = Qualification.of(withReport(qualifying(), day(11), day(10)));

        assertThat(q.qualified()).isFalse();
        assertThat(q.unmet()).extracting(Condition::kind).containsExactly(Kind.REPORTED);
        assertCondition(q.condition(Kind.REPORTED), false, "qualification.reported.late", day(11), day(10));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void eachSingleFailureMakesTheHazardNotQualifiedWithExactlyThatConditionUnmet(Kind failing) {
        Facts f = qualifying();
        Facts facts = switch (failing) {
            case SELF_FOUND -> withSource(f, HazardSource.BUREAU);
            case REPORTED -> withReport(f, null, day(10));
            case PLAN_COMPLETE -> withPlan(f, DRAFT);
            case UNDER_WAY -> withProgress(f, HazardState.IN_PROGRESS, DEADLINE, DEADLINE.plusDays(1));
        };

        Qualification q = Qualification.of(facts);

        assertThat(q.qualified()).isFalse();
        assertThat(q.unmet()).extracting(Condition::kind).containsExactly(failing);
        assertThat(q.conditions()).hasSize(4);
    }

    @Test
    void aHazardFailingEveryConditionListsAllFourReasons() {
        Facts facts = new Facts(HazardSource.BUREAU, day(1), null, day(2), RemediationPlan.EMPTY, HazardState.PENDING, null, TODAY);

        Qualification q = Qualification.of(facts);

        assertThat(q.qualified()).isFalse();
        assertThat(q.unmet()).extracting(Condition::reasonKey).containsExactly("qualification.selfFound.no",
                "qualification.reported.notFiled", "qualification.plan.missing", "qualification.underWay.noDeadline");
    }

    @Test
    void aHazardTheCompanyRecordsOnlyOnceTheBureauFoundItIsNotSelfFoundWhateverItsSource() {
        Instant inspectionStart = day(10);
        Facts recordedAtTheStart = new Facts(HazardSource.SELF_CHECK, inspectionStart, inspectionStart.plusSeconds(60), inspectionStart,
                COMPLETE, HazardState.IN_PROGRESS, DEADLINE, TODAY);
        Facts recordedASecondBefore = new Facts(HazardSource.DAILY, inspectionStart.minusSeconds(1), day(3), inspectionStart,
                COMPLETE, HazardState.IN_PROGRESS, DEADLINE, TODAY);

        assertCondition(condition(recordedAtTheStart, Kind.SELF_FOUND), false, "qualification.selfFound.afterBureau",
                inspectionStart, inspectionStart);
        assertThat(Qualification.of(recordedAtTheStart).qualified()).isFalse();
        assertCondition(condition(recordedASecondBefore, Kind.SELF_FOUND), true, "qualification.selfFound.yes", "DAILY");
        assertThat(Qualification.of(recordedASecondBefore).qualified()).isTrue();
    }

    @Test
    void theSameFactsGiveTheSameQualification() {
        assertThat(Qualification.of(qualifying())).isEqualTo(Qualification.of(qualifying()));
    }

    // ---- found by the company itself ------------------------------------------------------------------------

    @Test
    void aHazardFoundByTheSelfCheckIsSelfFound() {
        assertCondition(condition(qualifying(), Kind.SELF_FOUND), true, "qualification.selfFound.yes", "SELF_CHECK");
    }

    @Test
    void aHazardReportedInDailyWorkIsSelfFoundAndQualifies() {
        Facts facts = withSource(qualifying(), HazardSource.DAILY);

        assertCondition(condition(facts, Kind.SELF_FOUND), true, "qualification.selfFound.yes", "DAILY");
        assertThat(Qualification.of(facts).qualified()).isTrue();
    }

    @Test
    void aHazardFoundByTheBureauIsNotSelfFound() {
        Facts facts = withSource(qualifying(), HazardSource.BUREAU);

        assertCondition(condition(facts, Kind.SELF_FOUND), false, "qualification.selfFound.no", "BUREAU");
        assertThat(Qualification.of(facts).qualified()).isFalse();
    }

    // ---- reported as required -------------------------------------------------------------------------------

    @Test
    void aFilingReceivedWithoutAnyBureauFindingIsReported() {
        assertCondition(condition(withReport(qualifying(), day(3), null), Kind.REPORTED), true,
                "qualification.reported.yes", day(3));
    }

    @Test
    void aFilingReceivedBeforeTheBureauFindingIsReported() {
        assertCondition(condition(qualifying(), Kind.REPORTED), true, "qualification.reported.yes", day(3));
    }

    @Test
    void aHazardNotFiledIsNotReported() {
        assertCondition(condition(withReport(qualifying(), null, null), Kind.REPORTED), false,
                "qualification.reported.notFiled");
        assertCondition(condition(withReport(qualifying(), null, day(10)), Kind.REPORTED), false,
                "qualification.reported.notFiled");
    }

    @Test
    void aFilingReceivedAtTheVeryMomentOfTheBureauFindingIsLate() {
        assertCondition(condition(withReport(qualifying(), day(10), day(10)), Kind.REPORTED), false,
                "qualification.reported.late", day(10), day(10));
    }

    // ---- 五落实 -----------------------------------------------------------------------------------------------

    @Test
    void aCompletePlanMeetsTheCondition() {
        assertCondition(condition(qualifying(), Kind.PLAN_COMPLETE), true, "qualification.plan.yes");
    }

    @Test
    void anIncompletePlanNamesTheMissingElements() {
        assertCondition(condition(withPlan(qualifying(), DRAFT), Kind.PLAN_COMPLETE), false, "qualification.plan.missing",
                List.of("RESPONSIBILITY", "FUNDS", "CONTINGENCY"));
    }

    @Test
    void noPlanAtAllMissesAllFiveElements() {
        assertCondition(condition(withPlan(qualifying(), null), Kind.PLAN_COMPLETE), false, "qualification.plan.missing",
                List.of("RESPONSIBILITY", "MEASURES", "FUNDS", "DEADLINE", "CONTINGENCY"));
    }

    // ---- being eliminated ------------------------------------------------------------------------------------

    @Test
    void remediationUpToTheDeadlineDayIsOnTime() {
        assertCondition(condition(withProgress(qualifying(), HazardState.IN_PROGRESS, DEADLINE, DEADLINE), Kind.UNDER_WAY),
                true, "qualification.underWay.onTime", DEADLINE);
        assertCondition(condition(withProgress(qualifying(), HazardState.PENDING, DEADLINE, TODAY), Kind.UNDER_WAY),
                true, "qualification.underWay.onTime", DEADLINE);
    }

    @Test
    void remediationAfterTheDeadlineDayIsOverdue() {
        assertCondition(condition(withProgress(qualifying(), HazardState.IN_PROGRESS, DEADLINE, DEADLINE.plusDays(1)),
                Kind.UNDER_WAY), false, "qualification.underWay.overdue", DEADLINE);
        assertCondition(condition(withProgress(qualifying(), HazardState.PENDING, DEADLINE, DEADLINE.plusDays(1)),
                Kind.UNDER_WAY), false, "qualification.underWay.overdue", DEADLINE);
    }

    @Test
    void aHazardWaitingForVerificationAfterItsDeadlineIsNotOverdue() {
        assertCondition(condition(withProgress(qualifying(), HazardState.TO_VERIFY, DEADLINE, DEADLINE.plusDays(10)),
                Kind.UNDER_WAY), true, "qualification.underWay.onTime", DEADLINE);
    }

    @Test
    void anApprovedExtensionKeepsRemediationOnTime() {
        LocalDate extended = DEADLINE.plusDays(30);
        LocalDate deadline = Overdue.effectiveDeadline(DEADLINE,
                List.of(new Extension(DEADLINE, extended, "设备到货延迟", Extension.Decision.APPROVED, TODAY)));

        Qualification q = Qualification.of(withProgress(qualifying(), HazardState.IN_PROGRESS, deadline, DEADLINE.plusDays(1)));

        assertThat(q.qualified()).isTrue();
        assertThat(q.condition(Kind.UNDER_WAY).args()).containsExactly(extended);
    }

    @ParameterizedTest
    @EnumSource(value = HazardState.class, names = {"PENDING", "IN_PROGRESS", "TO_VERIFY"})
    void anOpenHazardWithoutADeadlineIsNotUnderWay(HazardState state) {
        assertCondition(condition(withProgress(qualifying(), state, null, TODAY), Kind.UNDER_WAY), false,
                "qualification.underWay.noDeadline");
    }

    @Test
    void aClosedHazardIsUnderWayEvenIfItWasOverdueBefore() {
        Facts facts = withProgress(qualifying(), HazardState.CLOSED, DEADLINE, DEADLINE.plusDays(40));

        assertCondition(condition(facts, Kind.UNDER_WAY), true, "qualification.underWay.closed");
        assertThat(Qualification.of(facts).qualified()).isTrue();
        assertCondition(condition(withProgress(qualifying(), HazardState.CLOSED, null, TODAY), Kind.UNDER_WAY), true,
                "qualification.underWay.closed");
    }
}
