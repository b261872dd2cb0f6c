package org.selfcheck.bureau.spotcheck;

import org.junit.jupiter.api.Test;
import org.selfcheck.hazard.HazardSource;
import org.selfcheck.organisation.GroupCategory;
import org.selfcheck.organisation.OrgRole;
import org.selfcheck.organisation.Organisation;
import org.selfcheck.organisation.PersonDetails;
import org.selfcheck.organisation.Term;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfcheck.bureau.spotcheck.SpotChecks.*;

/** 责任倒查 for an inspection on 20 May 2026: the period runs from 1 January to 19 May. */
class AccountabilityTest {

    static List<Accountable> accountability(Organisation organisation, List<CheckAttendance> checks) {
        FindingOutcome outcome = SpotCheckJudgment.judge(FINDING, INSPECTION_DATE, INSPECTION_START, List.of(),
                organisation, checks);
        assertThat(outcome.outcome()).isEqualTo(Outcome.DOUBLE_PENALTY);
        return outcome.accountability();
    }

    static Organisation organisationOf(List<PersonDetails> people, Term... terms) {
        return new Organisation(people, List.of(terms), List.of());
    }

    @Test
    void listsWhoWasPrincipalLeaderAndGroupMemberInThePeriodWithTheirAttendance() {
        List<Accountable> list = accountability(organisation(), checks());

        assertThat(list).containsExactly(
                new Accountable(WANG, "王总", OrgRole.PRINCIPAL, d(2026, 1, 1), d(2026, 2, 28), 1, 1),
                new Accountable(LI, "李总", OrgRole.PRINCIPAL, d(2026, 3, 1), d(2026, 5, 19), 1, 2),
                new Accountable(ZHANG, "张副总", OrgRole.DESIGNATED_LEADER, d(2026, 1, 1), d(2026, 5, 19), 2, 3),
                new Accountable(SUN, "孙工", OrgRole.GROUP_MEMBER, d(2026, 1, 1), d(2026, 5, 19), 2, 3),
                new Accountable(ZHOU, "周工", OrgRole.GROUP_MEMBER, d(2026, 2, 10), d(2026, 5, 19), 2, 2));
    }

    @Test
    void aMemberWhoLeftBeforeThePeriodIsNotListedNorIsOneWhoseLastDayIsTheDayBeforeIt() {
        assertThat(accountability(organisation(), checks())).extracting(Accountable::personId)
                .doesNotContain(WU, ZHENG);
    }

    @Test
    void aMemberWhoseLastDayIsThePeriodsFirstDayIsListedForThatDay() {
        Organisation org = organisationOf(List.of(person(ZHENG, "郑工")),
                member(1, ZHENG, GroupCategory.WORKER_REP, d(2025, 12, 1), d(2026, 1, 1)));
        List<CheckAttendance> checks = List.of(new CheckAttendance(1, d(2026, 1, 1), Set.of(ZHENG), false));

        assertThat(accountability(org, checks)).containsExactly(
                new Accountable(ZHENG, "郑工", OrgRole.GROUP_MEMBER, d(2026, 1, 1), d(2026, 1, 1), 1, 1));
    }

    @Test
    void aTermReplacedOnItsFirstDayHeldNoDayAndIsNotListed() {
        // 王总 was entered as principal on 1 March and replaced by 李总 the same day
        Organisation org = organisationOf(List.of(person(WANG, "王总"), person(LI, "李总")),
                term(1, WANG, OrgRole.PRINCIPAL, d(2026, 3, 1), d(2026, 2, 28)),
                term(2, LI, OrgRole.PRINCIPAL, d(2026, 3, 1), null));

        assertThat(accountability(org, List.of())).extracting(Accountable::personId).containsExactly(LI);
    }

    @Test
    void theLeadershipTeamAsSuchIsNotListed() {
        assertThat(accountability(organisation(), checks())).extracting(Accountable::role)
                .doesNotContain(OrgRole.LEADERSHIP);
    }

    @Test
    void aPrincipalWhoChangedInThePeriodIsListedForEachTermClippedToIt() {
        List<Accountable> principals = accountability(organisation(), checks()).stream()
                .filter(a -> a.role() == OrgRole.PRINCIPAL).toList();

        assertThat(principals).extracting(Accountable::name).containsExactly("王总", "李总");
        // 王总's last day is 28 February, the day before 李总's first
        assertThat(principals.get(0).to()).isEqualTo(d(2026, 2, 28));
        assertThat(principals.get(1).from()).isEqualTo(d(2026, 3, 1));
    }

    @Test
    void thePrincipalCountsTheChecksWhoseAttendanceHeConfirmedNotTheParticipantList() {
        // 李总 is among the participants of check 103 but did not confirm; he confirmed 102 without being listed
        List<CheckAttendance> checks = List.of(
                new CheckAttendance(102, d(2026, 3, 20), Set.of(ZHANG), true),
                new CheckAttendance(103, d(2026, 5, 10), Set.of(LI, ZHANG), false));

        Accountable li = accountability(organisation(), checks).get(1);

        assertThat(li.personId()).isEqualTo(LI);
        assertThat(li.checksAttended()).isEqualTo(1);
        assertThat(li.checksInPeriod()).isEqualTo(2);
    }

    @Test
    void checksBeforeThePeriodOrOnTheInspectionDayAreNotCounted() {
        List<CheckAttendance> outside = List.of(
                new CheckAttendance(100, d(2025, 12, 31), Set.of(ZHANG, SUN), true),
                new CheckAttendance(104, INSPECTION_DATE, Set.of(ZHANG, SUN), true));

        assertThat(accountability(organisation(), outside)).allSatisfy(a -> {
            assertThat(a.checksInPeriod()).isZero();
            assertThat(a.checksAttended()).isZero();
        });
    }

    @Test
    void aCheckOnTheFirstAndOnTheLastDayOfThePeriodCounts() {
        List<CheckAttendance> edges = List.of(
                new CheckAttendance(1, d(2026, 1, 1), Set.of(SUN), true),
                new CheckAttendance(2, d(2026, 5, 19), Set.of(SUN), true));

        Accountable sun = accountability(organisation(), edges).stream().filter(a -> a.personId() == SUN)
                .findFirst().orElseThrow();

        assertThat(sun.checksAttended()).isEqualTo(2);
        assertThat(sun.checksInPeriod()).isEqualTo(2);
    }

    @Test
    void aTermStartingOnTheInspectionDayIsNotListed() {
        Organisation org = organisationOf(List.of(person(WANG, "王总"), person(SUN, "孙工")),
                term(1, WANG, OrgRole.PRINCIPAL, d(2020, 1, 1), null),
                member(2, SUN, GroupCategory.SAFETY_OFFICE, INSPECTION_DATE, null));

        assertThat(accountability(org, List.of())).extracting(Accountable::personId).containsExactly(WANG);
    }

    @Test
    void aTermOnTheLastDayOfThePeriodOnlyIsListedForThatDay() {
        Organisation org = organisationOf(List.of(person(SUN, "孙工")),
                member(1, SUN, GroupCategory.SAFETY_OFFICE, d(2026, 5, 19), null));

        assertThat(accountability(org, List.of())).containsExactly(
                new Accountable(SUN, "孙工", OrgRole.GROUP_MEMBER, d(2026, 5, 19), d(2026, 5, 19), 0, 0));
    }

    @Test
    void membersFromTheSameDayAreOrderedByNameInPinyin() {
        // 孙 (sūn) before 周 (zhōu), although 周 comes first by code point
        Organisation org = organisationOf(List.of(person(ZHOU, "周工"), person(SUN, "孙工"), person(WU, "吴工")),
                member(1, ZHOU, GroupCategory.UNION, d(2025, 1, 1), null),
                member(2, SUN, GroupCategory.SAFETY_OFFICE, d(2025, 1, 1), null),
                member(3, WU, GroupCategory.WORKER_REP, d(2025, 1, 1), null));

        assertThat(accountability(org, List.of())).extracting(Accountable::name).containsExactly("孙工", "吴工", "周工");
    }

    @Test
    void aMemberWhoLeftAndRejoinedInThePeriodIsListedOncePerTerm() {
        Organisation org = organisationOf(List.of(person(SUN, "孙工")),
                member(1, SUN, GroupCategory.SAFETY_OFFICE, d(2025, 1, 1), d(2026, 1, 31)),
                member(2, SUN, GroupCategory.SAFETY_OFFICE, d(2026, 4, 1), null));
        List<CheckAttendance> checks = List.of(
                new CheckAttendance(1, d(2026, 1, 20), Set.of(SUN), false),
                new CheckAttendance(2, d(2026, 3, 20), Set.of(), false),
                new CheckAttendance(3, d(2026, 4, 20), Set.of(), false));

        assertThat(accountability(org, checks)).containsExactly(
                new Accountable(SUN, "孙工", OrgRole.GROUP_MEMBER, d(2026, 1, 1), d(2026, 1, 31), 1, 1),
                new Accountable(SUN, "孙工", OrgRole.GROUP_MEMBER, d(2026, 4, 1), d(2026, 5, 19), 0, 1));
    }

    @Test
    void theDesignatedLeaderInTheGroupIsListedInBothRoles() {
        Organisation org = organisationOf(List.of(person(ZHANG, "张副总")),
                term(1, ZHANG, OrgRole.LEADERSHIP, d(2022, 1, 1), null),
                term(2, ZHANG, OrgRole.DESIGNATED_LEADER, d(2025, 6, 1), null),
                member(3, ZHANG, GroupCategory.SAFETY_OFFICE, d(2025, 6, 1), null));

        assertThat(accountability(org, List.of())).extracting(Accountable::role)
                .containsExactly(OrgRole.DESIGNATED_LEADER, OrgRole.GROUP_MEMBER);
    }

    @Test
    void noOneIsListedForAFindingNotPenalised() {
        assertThat(judge(qualifying()).accountability()).isEmpty();
    }

    @Test
    void theListIsTheSameWhateverTheReasonForTheDoublePenalty() {
        List<Accountable> notReported = accountability(organisation(), checks());

        assertThat(judge(withSource(qualifying(), HazardSource.BUREAU)).accountability()).isEqualTo(notReported);
        assertThat(judge(withTimes(qualifying(), qualifying().recordedAt(), null)).accountability()).isEqualTo(notReported);
    }

    @Test
    void aCompanyWithoutAnOrganisationGetsAnEmptyList() {
        assertThat(accountability(new Organisation(List.of(), List.of(), List.of()), checks())).isEmpty();
    }
}
