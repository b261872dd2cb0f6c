package org.selfcheck.bureau.spotcheck;

import org.junit.jupiter.api.Test;
import org.selfcheck.organisation.OrgRole;
import org.selfcheck.organisation.Organisation;
import org.selfcheck.hazard.HazardSource;
import org.selfcheck.hazard.HazardState;
import org.selfcheck.hazard.Qualification.Condition;
import org.selfcheck.hazard.Qualification.Kind;
import org.selfcheck.hazard.RemediationPlan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.selfcheck.bureau.spotcheck.SpotChecks.*;

class SpotCheckJudgmentTest {

    static void assertDoublePenalty(FindingOutcome outcome, Reason reason) {
        assertThat(outcome.outcome()).isEqualTo(Outcome.DOUBLE_PENALTY);
        assertThat(outcome.reason()).isEqualTo(reason);
        assertThat(outcome.accountability()).as("责任倒查").isNotEmpty();
    }

    static Condition condition(FindingOutcome outcome, Kind kind) {
        return outcome.conditions().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    // ---- not penalised -------------------------------------------------------------------------------------

    @Test
    void aMatchingSelfReportThatQualifiesIsRecommendedForNonPenalty() {
        FindingOutcome outcome = judge(qualifying());

        assertThat(outcome.finding()).isEqualTo(FINDING);
        assertThat(outcome.outcome()).isEqualTo(Outcome.NON_PENALTY);
        assertThat(outcome.reason()).isEqualTo(Reason.MATCHED_QUALIFIED);
        assertThat(outcome.matched()).isEqualTo(qualifying());
        assertThat(outcome.conditions()).extracting(Condition::kind)
                .containsExactly(Kind.SELF_FOUND, Kind.REPORTED, Kind.PLAN_COMPLETE, Kind.UNDER_WAY);
        assertThat(outcome.conditions()).allMatch(Condition::met);
        assertThat(outcome.accountability()).isEmpty();
    }

    @Test
    void aHazardReportedInDailyWorkCountsAsSelfFound() {
        FindingOutcome outcome = judge(withSource(qualifying(), HazardSource.DAILY));

        assertThat(outcome.reason()).isEqualTo(Reason.MATCHED_QUALIFIED);
    }

    @Test
    void aSelfReportAtAContainingLocationMatches() {
        FindingOutcome outcome = judge(withItem(qualifying(), ITEM, "  二车间 "));

        assertThat(outcome.reason()).isEqualTo(Reason.MATCHED_QUALIFIED);
    }

    @Test
    void aSelfReportRecordedJustBeforeTheInspectionStartAndReceivedBeforeItMatches() {
        Instant justBefore = INSPECTION_START.minusSeconds(1);
        FindingOutcome outcome = judge(withTimes(qualifying(), justBefore.minusSeconds(60), justBefore));

        assertThat(outcome.reason()).isEqualTo(Reason.MATCHED_QUALIFIED);
    }

    @Test
    void aClosedHazardQualifiesWhateverItsDeadline() {
        FindingOutcome outcome = judge(withProgress(qualifying(), HazardState.CLOSED, INSPECTION_DATE.minusMonths(1)));

        assertThat(outcome.reason()).isEqualTo(Reason.MATCHED_QUALIFIED);
        assertThat(condition(outcome, Kind.UNDER_WAY).reasonKey()).isEqualTo("qualification.underWay.closed");
    }

    @Test
    void remediationDueOnTheInspectionDayIsStillInTime() {
        FindingOutcome outcome = judge(withProgress(qualifying(), HazardState.IN_PROGRESS, INSPECTION_DATE));

        assertThat(outcome.reason()).isEqualTo(Reason.MATCHED_QUALIFIED);
    }

    // ---- not reported --------------------------------------------------------------------------------------

    @Test
    void aFindingWithoutAnySelfReportMeansDoublePenalty() {
        FindingOutcome outcome = judge();

        assertDoublePenalty(outcome, Reason.NOT_REPORTED);
        assertThat(outcome.matched()).isNull();
        assertThat(outcome.conditions()).isEmpty();
    }

    @Test
    void aSelfReportOfAnotherItemOrAnotherPlaceOrNoItemIsNoMatch() {
        FindingOutcome outcome = judge(
                withItem(withId(qualifying(), 1), ITEM + 1, LOCATION),
                withItem(withId(qualifying(), 2), ITEM, "一车间"),
                withItem(withId(qualifying(), 3), ITEM, " "),
                withItem(withId(qualifying(), 4), null, LOCATION));

        assertDoublePenalty(outcome, Reason.NOT_REPORTED);
        assertThat(outcome.matched()).isNull();
    }

    @Test
    void aSelfReportRecordedAfterTheInspectionStartDoesNotHelp() {
        Instant later = INSPECTION_START.plusSeconds(3600);
        FindingOutcome outcome = judge(withTimes(qualifying(), later, later.plusSeconds(60)));

        assertDoublePenalty(outcome, Reason.REPORTED_AFTER_INSPECTION);
        assertThat(outcome.matched()).isNull();
        assertThat(outcome.conditions()).isEmpty();
    }

    @Test
    void aSelfReportRecordedAtTheVeryMomentTheInspectionStartsIsAfterIt() {
        FindingOutcome outcome = judge(withTimes(qualifying(), INSPECTION_START, null));

        assertDoublePenalty(outcome, Reason.REPORTED_AFTER_INSPECTION);
    }

    @Test
    void aLateSelfReportOfAnotherItemIsNotReportedAtAll() {
        FindingOutcome outcome = judge(withItem(withTimes(qualifying(), INSPECTION_START.plusSeconds(60), null), ITEM + 1,
                LOCATION));

        assertDoublePenalty(outcome, Reason.NOT_REPORTED);
    }

    // ---- matched but not qualified -------------------------------------------------------------------------

    @Test
    void aMatchWithAnIncompletePlanMeansDoublePenalty() {
        FindingOutcome outcome = judge(withPlan(qualifying(), DRAFT));

        assertDoublePenalty(outcome, Reason.PLAN_INCOMPLETE);
        assertThat(outcome.matched()).isEqualTo(withPlan(qualifying(), DRAFT));
        assertThat(condition(outcome, Kind.PLAN_COMPLETE).met()).isFalse();
        assertThat(condition(outcome, Kind.PLAN_COMPLETE).args())
                .containsExactly(List.of("RESPONSIBILITY", "FUNDS", "CONTINGENCY"));
    }

    @Test
    void aMatchWithoutAnyPlanHasAnIncompletePlan() {
        FindingOutcome outcome = judge(withPlan(qualifying(), null));

        assertDoublePenalty(outcome, Reason.PLAN_INCOMPLETE);
        assertThat(outcome.matched().plan()).isEqualTo(RemediationPlan.EMPTY);
    }

    @Test
    void aMatchPastItsDeadlineAndNotClosedIsOverdue() {
        LocalDate dayBefore = INSPECTION_DATE.minusDays(1);
        FindingOutcome outcome = judge(withProgress(qualifying(), HazardState.IN_PROGRESS, dayBefore));

        assertDoublePenalty(outcome, Reason.OVERDUE);
        Condition underWay = condition(outcome, Kind.UNDER_WAY);
        assertThat(underWay.met()).isFalse();
        assertThat(underWay.reasonKey()).isEqualTo("qualification.underWay.overdue");
        assertThat(underWay.args()).containsExactly(dayBefore);
    }

    @Test
    void aMatchWithoutADeadlineInForceIsNotUnderWay() {
        FindingOutcome outcome = judge(withProgress(qualifying(), HazardState.PENDING, null));

        assertDoublePenalty(outcome, Reason.OVERDUE);
        assertThat(condition(outcome, Kind.UNDER_WAY).reasonKey()).isEqualTo("qualification.underWay.noDeadline");
    }

    @Test
    void aMatchNeverFiledIsNotFiled() {
        FindingOutcome outcome = judge(withTimes(qualifying(), qualifying().recordedAt(), null));

        assertDoublePenalty(outcome, Reason.NOT_FILED);
        assertThat(outcome.matched().receiptAt()).isNull();
        assertThat(condition(outcome, Kind.REPORTED).reasonKey()).isEqualTo("qualification.reported.notFiled");
    }

    @Test
    void aMatchReceivedOnlyAfterTheInspectionStartIsNotFiled() {
        Instant receipt = INSPECTION_START.plusSeconds(1800);
        FindingOutcome outcome = judge(withTimes(qualifying(), qualifying().recordedAt(), receipt));

        assertDoublePenalty(outcome, Reason.NOT_FILED);
        Condition reported = condition(outcome, Kind.REPORTED);
        assertThat(reported.reasonKey()).isEqualTo("qualification.reported.late");
        assertThat(reported.args()).containsExactly(receipt, INSPECTION_START);
    }

    @Test
    void aMatchReceivedAtTheVeryMomentTheInspectionStartsIsNotFiled() {
        FindingOutcome outcome = judge(withTimes(qualifying(), qualifying().recordedAt(), INSPECTION_START));

        assertDoublePenalty(outcome, Reason.NOT_FILED);
    }

    @Test
    void aHazardFoundByTheBureauIsNotSelfFound() {
        FindingOutcome outcome = judge(withSource(qualifying(), HazardSource.BUREAU));

        assertDoublePenalty(outcome, Reason.NOT_SELF_FOUND);
        assertThat(condition(outcome, Kind.SELF_FOUND).reasonKey()).isEqualTo("qualification.selfFound.no");
    }

    @Test
    void aHazardRecordedOnlyAfterAnEarlierBureauFindingOfItIsNotSelfFoundInALaterInspection() {
        SelfReport r = qualifying();
        Instant earlierInspection = r.recordedAt().minusSeconds(3600);

        FindingOutcome outcome = judge(withBureauFinding(r, earlierInspection));

        assertDoublePenalty(outcome, Reason.NOT_SELF_FOUND);
        assertThat(condition(outcome, Kind.SELF_FOUND).reasonKey()).isEqualTo("qualification.selfFound.afterBureau");
        assertThat(condition(outcome, Kind.REPORTED).reasonKey()).isEqualTo("qualification.reported.late");
    }

    @Test
    void aHazardRecordedBeforeAnEarlierBureauFindingOfItStaysSelfFoundButMustHaveBeenReceivedBeforeThatFinding() {
        SelfReport r = qualifying();
        Instant earlierInspection = r.receiptAt().minusSeconds(1);

        FindingOutcome outcome = judge(withBureauFinding(r, earlierInspection));

        assertDoublePenalty(outcome, Reason.NOT_FILED);
        assertThat(condition(outcome, Kind.SELF_FOUND).met()).isTrue();
        assertThat(judge(withBureauFinding(r, r.receiptAt().plusSeconds(1))).outcome()).isEqualTo(Outcome.NON_PENALTY);
    }

    @Test
    void withNoOrganisationOnRecordTheOutcomeSaysNoGroupWasRecordedInsteadOfAnEmptyList() {
        FindingOutcome outcome = SpotCheckJudgment.judge(FINDING, INSPECTION_DATE, INSPECTION_START, List.of(), emptyOrganisation(),
                checks());

        assertThat(outcome.outcome()).isEqualTo(Outcome.DOUBLE_PENALTY);
        assertThat(outcome.accountability()).isEmpty();
        assertThat(outcome.notOnRecord()).containsExactly(OrgRole.PRINCIPAL, OrgRole.DESIGNATED_LEADER, OrgRole.GROUP_MEMBER);
        assertThat(outcome.principalNow()).isNull();
    }

    @Test
    void aPrincipalRecordedOnlyAfterThePeriodIsNamedAsTheOneRecordedNow() {
        Organisation later = new Organisation(List.of(person(WANG, "王总")),
                List.of(term(1, WANG, OrgRole.PRINCIPAL, INSPECTION_DATE, null)), List.of());

        FindingOutcome outcome = SpotCheckJudgment.judge(FINDING, INSPECTION_DATE, INSPECTION_START, List.of(), later, checks());

        assertThat(outcome.notOnRecord()).containsExactly(OrgRole.PRINCIPAL, OrgRole.DESIGNATED_LEADER, OrgRole.GROUP_MEMBER);
        assertThat(outcome.principalNow()).isEqualTo("王总");
    }

    @Test
    void aFullOrganisationLeavesNothingNotOnRecord() {
        FindingOutcome outcome = judge();

        assertThat(outcome.notOnRecord()).isEmpty();
        assertThat(outcome.principalNow()).isNull();
    }

    @Test
    void theReasonIsTheFirstFailingConditionInR6Order() {
        SelfReport failsAll = new SelfReport(11, ITEM, LOCATION, HazardSource.BUREAU, FOUND_ON, at(FOUND_ON, 15, 0),
                null, DRAFT, HazardState.PENDING, INSPECTION_DATE.minusDays(1), null);
        SelfReport failsFromFiling = withSource(failsAll, HazardSource.SELF_CHECK);
        SelfReport failsFromPlan = withTimes(failsFromFiling, failsAll.recordedAt(), at(d(2026, 4, 10), 10, 0));
        SelfReport failsOnTime = withPlan(failsFromPlan, COMPLETE);

        assertThat(judge(failsAll).reason()).isEqualTo(Reason.NOT_SELF_FOUND);
        assertThat(judge(failsFromFiling).reason()).isEqualTo(Reason.NOT_FILED);
        assertThat(judge(failsFromPlan).reason()).isEqualTo(Reason.PLAN_INCOMPLETE);
        assertThat(judge(failsOnTime).reason()).isEqualTo(Reason.OVERDUE);
        assertThat(judge(failsAll).conditions()).noneMatch(Condition::met);
    }

    // ---- several candidates --------------------------------------------------------------------------------

    @Test
    void ofTwoCandidatesTheLaterOneThatQualifiesIsTaken() {
        SelfReport earlierDraft = withTimes(withPlan(withId(qualifying(), 1), DRAFT), at(d(2026, 2, 1), 9, 0),
                at(d(2026, 2, 2), 9, 0));
        SelfReport laterQualifying = withTimes(withId(qualifying(), 2), at(d(2026, 4, 1), 9, 0), at(d(2026, 4, 2), 9, 0));

        FindingOutcome outcome = judge(earlierDraft, laterQualifying);

        assertThat(outcome.outcome()).isEqualTo(Outcome.NON_PENALTY);
        assertThat(outcome.reason()).isEqualTo(Reason.MATCHED_QUALIFIED);
        assertThat(outcome.matched()).isEqualTo(laterQualifying);
    }

    @Test
    void ofSeveralQualifyingCandidatesTheEarliestRecordedIsTaken() {
        SelfReport first = withTimes(withId(qualifying(), 1), at(d(2026, 2, 1), 9, 0), at(d(2026, 2, 2), 9, 0));
        SelfReport second = withTimes(withId(qualifying(), 2), at(d(2026, 4, 1), 9, 0), at(d(2026, 4, 2), 9, 0));

        assertThat(judge(second, first).matched()).isEqualTo(first);
    }

    @Test
    void whenNoCandidateQualifiesTheEarliestRecordedIsJudged() {
        SelfReport earlierUnfiled = withTimes(withId(qualifying(), 1), at(d(2026, 2, 1), 9, 0), null);
        SelfReport laterDraft = withTimes(withPlan(withId(qualifying(), 2), DRAFT), at(d(2026, 4, 1), 9, 0),
                at(d(2026, 4, 2), 9, 0));

        FindingOutcome outcome = judge(laterDraft, earlierUnfiled);

        assertDoublePenalty(outcome, Reason.NOT_FILED);
        assertThat(outcome.matched()).isEqualTo(earlierUnfiled);
    }

    @Test
    void aCandidateBeforeTheInspectionIsJudgedEvenWhenAQualifyingOneCameAfterIt() {
        SelfReport beforeDraft = withPlan(withId(qualifying(), 1), DRAFT);
        SelfReport afterQualifying = withTimes(withId(qualifying(), 2), INSPECTION_START.plusSeconds(60),
                INSPECTION_START.minusSeconds(60));

        FindingOutcome outcome = judge(afterQualifying, beforeDraft);

        assertDoublePenalty(outcome, Reason.PLAN_INCOMPLETE);
        assertThat(outcome.matched()).isEqualTo(beforeDraft);
    }

    // ---- arguments -----------------------------------------------------------------------------------------

    @Test
    void theInspectionStartMustFallOnTheInspectionDayInChina() {
        Instant dayBefore = at(INSPECTION_DATE.minusDays(1), 9, 0);

        assertThatThrownBy(() -> SpotCheckJudgment.judge(FINDING, INSPECTION_DATE, dayBefore, List.of(),
                organisation(), checks())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInspectionStartingJustAfterMidnightBeijingTimeIsOnThatDayAlthoughUtcSaysTheDayBefore() {
        Instant earlyMorning = at(INSPECTION_DATE, 0, 30);

        FindingOutcome outcome = SpotCheckJudgment.judge(FINDING, INSPECTION_DATE, earlyMorning, List.of(qualifying()),
                organisation(), checks());

        assertThat(outcome.reason()).isEqualTo(Reason.MATCHED_QUALIFIED);
    }

    @Test
    void everyReasonHasAMessageKeyAndOnlyAQualifiedMatchEscapesPenalty() {
        for (Reason reason : Reason.values()) {
            assertThat(reason.messageKey()).startsWith("spotcheck.reason.");
            assertThat(reason.outcome()).isEqualTo(reason == Reason.MATCHED_QUALIFIED ? Outcome.NON_PENALTY
                    : Outcome.DOUBLE_PENALTY);
        }
        assertThat(java.util.Arrays.stream(Reason.values()).map(Reason::messageKey)).doesNotHaveDuplicates();
    }

    @Test
    void anOutcomeMustAgreeWithItsReason() {
        assertThatThrownBy(() -> new FindingOutcome(FINDING, Outcome.NON_PENALTY, Reason.NOT_REPORTED, null, List.of(),
                List.of(), List.of(), null)).isInstanceOf(IllegalArgumentException.class);
    }
}
