package org.selfcheck.organisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfcheck.organisation.OrganisationTest.assertInvalid;

/**
 * Worked examples at the boundary of an end date, which is the last day in office as people write it: a term
 * ending on 31 March holds on 31 March and not on 1 April; a successor may start on 1 April, not on 31 March.
 */
class EndDatesTest {

    static final long A = 1, B = 2, L1 = 3, L2 = 4, M = 5;

    static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    static final LocalDate LAST = LocalDate.of(2026, 3, 31);
    static final LocalDate DAY_AFTER = LocalDate.of(2026, 4, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 4, 10);

    static OrgHistory history() {
        return new OrgHistory().with(OrgHistory.person(A, "王总"), OrgHistory.person(B, "李总"),
                OrgHistory.person(L1, "张副总"), OrgHistory.person(L2, "赵副总"), OrgHistory.person(M, "孙工"));
    }

    static Organisation organisation(Term... terms) {
        return new Organisation(history().people, List.of(terms), List.of());
    }

    static Term principal(long id, long personId, LocalDate start, LocalDate end) {
        return new Term(id, personId, OrgRole.PRINCIPAL, null, null, start, end, null);
    }

    static Term union(long id, long personId, LocalDate start, LocalDate end) {
        return new Term(id, personId, OrgRole.GROUP_MEMBER, GroupCategory.UNION, null, start, end, null);
    }

    // ---- the last day is in office, the day after is not -------------------------------------------------

    @Test
    void theLastDayIsInOfficeAndTheDayAfterIsNot() {
        Term t = union(1, M, FIRST, LAST);

        assertThat(t.activeOn(FIRST.minusDays(1))).isFalse();
        assertThat(t.activeOn(FIRST)).isTrue();
        assertThat(t.activeOn(LAST)).isTrue();
        assertThat(t.activeOn(DAY_AFTER)).isFalse();
    }

    @Test
    void whoHeldTheRoleOnTheEndDayIncludesTheOneWhoseLastDayItIs() {
        Organisation org = organisation(principal(1, A, FIRST, LAST), union(2, M, FIRST, LAST));

        assertThat(org.asOf(LAST).principal().person().id()).isEqualTo(A);
        assertThat(org.asOf(LAST).members()).extracting(p -> p.person().id()).containsExactly(M);
        assertThat(org.holds(M, OrgRole.GROUP_MEMBER, LAST)).isTrue();
        assertThat(org.asOf(DAY_AFTER).principal()).isNull();
        assertThat(org.asOf(DAY_AFTER).members()).isEmpty();
        assertThat(org.holds(M, OrgRole.GROUP_MEMBER, DAY_AFTER)).isFalse();
    }

    @Test
    void aReasonHoldsOnItsLastDayAndNotTheDayAfter() {
        Explanation e = new Explanation(1L, GroupCategory.UNION, "企业未成立工会", FIRST, LAST);

        assertThat(e.activeOn(LAST)).isTrue();
        assertThat(e.activeOn(DAY_AFTER)).isFalse();
    }

    @Test
    void endingATermOnADayKeepsThePersonInOfficeThatDay() {
        OrgHistory h = history();
        Term member = h.member(M, GroupCategory.UNION, null, FIRST, FIRST);

        h.end(member.id(), LAST, TODAY);

        assertThat(h.term(member.id()).end()).isEqualTo(LAST);
        assertThat(h.organisation().holds(M, OrgRole.GROUP_MEMBER, LAST)).isTrue();
        assertThat(h.organisation().holds(M, OrgRole.GROUP_MEMBER, DAY_AFTER)).isFalse();
    }

    // ---- a successor: the day after the last day is free, the last day itself is not ---------------------

    @Test
    void aSuccessorMayStartTheDayAfterThePredecessorsLastDay() {
        Organisation org = organisation(principal(1, A, FIRST, LAST));

        Organisation.Change change = org.setPrincipal(B, DAY_AFTER, TODAY);

        assertThat(change.ended()).isEmpty();
        assertThat(change.added().start()).isEqualTo(DAY_AFTER);
    }

    @Test
    void aSuccessorStartingOnThePredecessorsLastDayOverlaps() {
        Organisation org = organisation(principal(1, A, FIRST, LAST));

        assertInvalid(() -> org.setPrincipal(B, LAST, TODAY), "start", "term.overlap");
    }

    @Test
    void succeedingAnOpenTermMakesTheDayBeforeThePredecessorsLastDay() {
        OrgHistory h = history();
        Term a = h.principal(A, FIRST, FIRST);

        h.principal(B, DAY_AFTER, TODAY);

        assertThat(h.term(a.id()).end()).isEqualTo(LAST);
        assertThat(h.organisation().asOf(LAST).principal().person().id()).isEqualTo(A);
        assertThat(h.organisation().asOf(DAY_AFTER).principal().person().id()).isEqualTo(B);
        for (LocalDate day = FIRST; !day.isAfter(TODAY); day = day.plusDays(1)) {
            LocalDate on = day;
            assertThat(h.terms).filteredOn(t -> t.role() == OrgRole.PRINCIPAL && t.activeOn(on)).hasSize(1);
        }
    }

    @Test
    void aNewLeaderMayStartTheDayAfterAnEndedAppointmentsLastDayButNotOnIt() {
        Organisation org = organisation(principal(1, A, FIRST, null),
                new Term(2L, L1, OrgRole.LEADERSHIP, null, null, FIRST, null, null),
                new Term(3L, L2, OrgRole.LEADERSHIP, null, null, FIRST, null, null),
                new Term(4L, L1, OrgRole.DESIGNATED_LEADER, null, null, FIRST, LAST, null));

        assertInvalid(() -> org.appointLeader(L2, LAST, TODAY, null), "start", "term.overlap");
        assertThat(org.appointLeader(L2, DAY_AFTER, TODAY, null).ended()).isEmpty();
    }

    @Test
    void theSameMembershipAgainMayStartTheDayAfterItsLastDayButNotOnIt() {
        Organisation org = organisation(union(1, M, FIRST, LAST));

        assertInvalid(() -> org.addMember(M, GroupCategory.UNION, null, LAST, null, TODAY), "start", "term.overlap");
        assertThat(org.addMember(M, GroupCategory.UNION, null, DAY_AFTER, null, TODAY).added().start()).isEqualTo(DAY_AFTER);
    }

    @Test
    void aNewReasonMayStartTheDayAfterTheLastDayOfTheEndedOneButNotOnIt() {
        Organisation org = new Organisation(history().people, List.of(),
                List.of(new Explanation(1L, GroupCategory.UNION, "企业未成立工会", FIRST, LAST)));

        assertInvalid(() -> org.explain(GroupCategory.UNION, "工会筹建中", LAST, TODAY), "start", "term.overlap");
        assertThat(org.explain(GroupCategory.UNION, "工会筹建中", DAY_AFTER, TODAY)).singleElement()
                .satisfies(e -> assertThat(e.start()).isEqualTo(DAY_AFTER));
    }

    @Test
    void aLeaderWhoLeavesTheLeadershipIsLeaderOnHisLastLeadershipDay() {
        OrgHistory h = history();
        h.principal(A, FIRST, FIRST);
        Term leadership = h.leadership(L1, FIRST, FIRST);
        Term leader = h.leader(L1, FIRST, FIRST);

        h.end(leadership.id(), LAST, TODAY);

        assertThat(h.term(leader.id()).end()).isEqualTo(LAST);
        assertThat(h.organisation().asOf(LAST).leader().person().id()).isEqualTo(L1);
        assertThat(h.organisation().asOf(DAY_AFTER).leader()).isNull();
        assertThat(h.daysBreakingR1(FIRST, TODAY)).isEmpty();
    }

    // ---- a term replaced on its first day ----------------------------------------------------------------

    @Test
    void aPrincipalReplacedOnHisFirstDayHeldNoDay() {
        // entered by mistake on 1 April and corrected the same day
        OrgHistory h = history();
        Term mistaken = h.principal(A, DAY_AFTER, DAY_AFTER);

        h.principal(B, DAY_AFTER, DAY_AFTER);

        Term stored = h.term(mistaken.id());
        assertThat(stored.end()).isEqualTo(LAST);
        assertThat(stored.heldOnNoDay()).isTrue();
        assertThat(stored.activeOn(DAY_AFTER)).isFalse();
        assertThat(stored.activeOn(LAST)).isFalse();
        assertThat(stored.overlaps(FIRST, TODAY)).isFalse();
        assertThat(h.organisation().asOf(DAY_AFTER).principal().person().id()).isEqualTo(B);
        assertThat(h.organisation().history()).filteredOn(p -> p.termId() == mistaken.id()).singleElement()
                .satisfies(p -> assertThat(p.heldOnNoDay()).isTrue());
    }

    @ParameterizedTest(name = "[{0}, {1}] shares a day with 2026-01-01..2026-03-31: {2}")
    @CsvSource({
            "2025-06-01, 2025-12-31, false",
            "2025-06-01, 2026-01-01, true",
            "2026-03-31,           , true",
            "2026-04-01,           , false",
            "2026-02-01, 2026-02-01, true",
            "2026-02-01, 2026-01-31, false"})
    void overlapsCountsBothFirstAndLastDay(LocalDate start, LocalDate end, boolean shares) {
        assertThat(union(1, M, start, end).overlaps(FIRST, LAST)).isEqualTo(shares);
    }
}
