package org.selfcheck.organisation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selfcheck.organisation.OrganisationSnapshot.CompositionStatus;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who was who on a day, with the history produced by the rules themselves: each change is decided by
 * {@link Organisation}, stored, and the next change is decided on what was stored.
 */
class AsOfTest {

    static final long A = 1, B = 2, L1 = 3, L2 = 4, M = 5, S = 6, W = 7, E = 8, X2 = 9;

    static final LocalDate START = LocalDate.of(2026, 1, 5);
    /** B succeeds A as principal */
    static final LocalDate X = LocalDate.of(2026, 4, 1);
    /** L2 succeeds L1 as designated leader */
    static final LocalDate Y = LocalDate.of(2026, 5, 11);
    /** M's last day in the group as union member */
    static final LocalDate Z = LocalDate.of(2026, 6, 20);

    OrgHistory h;
    Term aPrincipal, bPrincipal, l1Leadership, l2Leadership, l1Leader, l2Leader, mUnion, sSafety, wWorkers, eEngineer, mExpert;

    @BeforeEach
    void buildTheHistory() {
        h = new OrgHistory().with(OrgHistory.person(A, "王总"), OrgHistory.person(B, "李总"), OrgHistory.person(L1, "张副总"),
                OrgHistory.person(L2, "赵副总"), OrgHistory.person(M, "孙工会"), OrgHistory.person(S, "安全科长"),
                OrgHistory.person(W, "职工代表"), OrgHistory.external(E, "周注安", "某安全咨询公司"),
                OrgHistory.person(X2, "设备专家"));
        aPrincipal = h.principal(A, START, START);
        l1Leadership = h.leadership(L1, START, START);
        l2Leadership = h.leadership(L2, START, START);
        sSafety = h.member(S, GroupCategory.SAFETY_OFFICE, null, START, START);
        mUnion = h.member(M, GroupCategory.UNION, null, START, START);
        wWorkers = h.member(W, GroupCategory.WORKER_REP, null, START, START);
        eEngineer = h.member(E, GroupCategory.REGISTERED_SAFETY_ENGINEER, "0033012345", START, START);
        mExpert = h.member(M, GroupCategory.OTHER_EXPERT, null, START.plusDays(10), START.plusDays(10));
        l1Leader = h.leader(L1, START.plusDays(1), START.plusDays(1));
        bPrincipal = h.principal(B, X, X);
        l2Leader = h.leader(L2, Y, Y);
        h.end(mUnion.id(), Z, Z);
    }

    OrganisationSnapshot on(LocalDate date) {
        return h.organisation().asOf(date);
    }

    static long id(Position p) {
        return p.person().id();
    }

    @Test
    void thePrincipalChangesOnTheDayTheSuccessorStarts() {
        assertThat(id(on(X.minusDays(1)).principal())).isEqualTo(A);
        assertThat(id(on(X).principal())).isEqualTo(B);
        assertThat(id(on(Z.plusYears(1)).principal())).isEqualTo(B);
    }

    @Test
    void theLeaderChangesOnTheDayTheSuccessorStarts() {
        assertThat(on(START).leader()).isNull();
        assertThat(id(on(START.plusDays(1)).leader())).isEqualTo(L1);
        assertThat(id(on(Y.minusDays(1)).leader())).isEqualTo(L1);
        assertThat(id(on(Y).leader())).isEqualTo(L2);
        assertThat(on(Y).leader().termId()).isEqualTo(l2Leader.id());
    }

    @Test
    void aMemberWhoLeftIsAMemberOnHisLastDayAndNotTheDayAfter() {
        assertThat(on(Z).members()).extracting(p -> p.termId()).contains(mUnion.id());
        assertThat(on(Z.plusDays(1)).members()).extracting(p -> p.termId()).doesNotContain(mUnion.id());
        assertThat(h.organisation().holds(M, OrgRole.GROUP_MEMBER, Z.plusDays(1))).isTrue(); // still an other expert
        assertThat(on(Z.plusDays(1)).composition()).filteredOn(c -> c.category() == GroupCategory.UNION).singleElement()
                .satisfies(c -> assertThat(c.coverage()).isEqualTo(Coverage.MISSING));
        assertThat(on(Z).compositionStatus()).isEqualTo(CompositionStatus.COMPLETE);
        assertThat(on(Z.plusDays(1)).compositionStatus()).isEqualTo(CompositionStatus.INCOMPLETE);
    }

    @Test
    void aPredecessorHoldsTheRoleOnHisLastDayTheDayBeforeHisSuccessorsFirst() {
        assertThat(h.term(aPrincipal.id()).end()).isEqualTo(X.minusDays(1));
        assertThat(h.organisation().holds(A, OrgRole.PRINCIPAL, X.minusDays(1))).isTrue();
        assertThat(h.organisation().holds(A, OrgRole.PRINCIPAL, X)).isFalse();
        assertThat(h.term(l1Leader.id()).end()).isEqualTo(Y.minusDays(1));
        assertThat(id(on(h.term(l1Leader.id()).end()).leader())).isEqualTo(L1);
    }

    @Test
    void beforeAnythingWasRecordedThereIsNobody() {
        OrganisationSnapshot s = on(START.minusDays(1));

        assertThat(s.principal()).isNull();
        assertThat(s.leader()).isNull();
        assertThat(s.leadership()).isEmpty();
        assertThat(s.members()).isEmpty();
        assertThat(s.compositionStatus()).isEqualTo(CompositionStatus.INCOMPLETE);
    }

    @Test
    void membersAreListedByCategory() {
        OrganisationSnapshot s = on(Z.minusDays(1));

        assertThat(s.members()).extracting(AsOfTest::id).containsExactly(S, M, W, E, M);
        assertThat(s.members()).extracting(Position::category).containsExactly(GroupCategory.SAFETY_OFFICE,
                GroupCategory.UNION, GroupCategory.WORKER_REP, GroupCategory.REGISTERED_SAFETY_ENGINEER,
                GroupCategory.OTHER_EXPERT);
        assertThat(s.members().get(3).certificateNo()).isEqualTo("0033012345");
        assertThat(s.leadership()).extracting(AsOfTest::id).containsExactly(L1, L2);
    }

    @Test
    void theRulesProducedExactlyThisHistory() {
        assertThat(h.terms).containsExactlyInAnyOrder(
                new Term(aPrincipal.id(), A, OrgRole.PRINCIPAL, null, null, START, X.minusDays(1), null),
                new Term(l1Leadership.id(), L1, OrgRole.LEADERSHIP, null, null, START, null, null),
                new Term(l2Leadership.id(), L2, OrgRole.LEADERSHIP, null, null, START, null, null),
                new Term(sSafety.id(), S, OrgRole.GROUP_MEMBER, GroupCategory.SAFETY_OFFICE, null, START, null, null),
                new Term(mUnion.id(), M, OrgRole.GROUP_MEMBER, GroupCategory.UNION, null, START, Z, null),
                new Term(wWorkers.id(), W, OrgRole.GROUP_MEMBER, GroupCategory.WORKER_REP, null, START, null, null),
                new Term(eEngineer.id(), E, OrgRole.GROUP_MEMBER, GroupCategory.REGISTERED_SAFETY_ENGINEER, "0033012345", START, null, null),
                new Term(mExpert.id(), M, OrgRole.GROUP_MEMBER, GroupCategory.OTHER_EXPERT, null, START.plusDays(10), null, null),
                new Term(l1Leader.id(), L1, OrgRole.DESIGNATED_LEADER, null, null, START.plusDays(1), Y.minusDays(1), null),
                new Term(bPrincipal.id(), B, OrgRole.PRINCIPAL, null, null, X, null, null),
                new Term(l2Leader.id(), L2, OrgRole.DESIGNATED_LEADER, null, null, Y, null, null));
    }

    @Test
    void onEveryDayThereIsAtMostOnePrincipalAndOneLeader() {
        for (LocalDate day = START.minusDays(3); day.isBefore(Z.plusDays(3)); day = day.plusDays(1)) {
            LocalDate on = day;
            assertThat(h.terms).filteredOn(t -> t.role() == OrgRole.PRINCIPAL && t.activeOn(on)).hasSizeLessThanOrEqualTo(1);
            assertThat(h.terms).filteredOn(t -> t.role() == OrgRole.DESIGNATED_LEADER && t.activeOn(on)).hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void theLeaderIsALeadershipMemberAndNeverThePrincipalOnAnyDay() {
        assertThat(h.daysBreakingR1(START.minusDays(3), Z.plusDays(3))).isEmpty();
        assertThat(h.emptyTerms()).isEmpty();
    }

    @Test
    void theHistoryListsEveryTermNewestFirst() {
        assertThat(h.organisation().history()).hasSize(h.terms.size());
        assertThat(h.organisation().history().get(0).termId()).isEqualTo(l2Leader.id());
        assertThat(h.organisation().history()).extracting(Position::start)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(h.organisation().history()).filteredOn(p -> p.termId() == mUnion.id()).singleElement()
                .satisfies(p -> assertThat(p.end()).isEqualTo(Z));
    }

    @Test
    void holderAndHoldsAnswerForAnyDay() {
        Organisation org = h.organisation();

        assertThat(org.holder(OrgRole.PRINCIPAL, X.minusDays(1))).map(Term::personId).contains(A);
        assertThat(org.holder(OrgRole.PRINCIPAL, START.minusDays(1))).isEmpty();
        assertThat(org.holds(A, OrgRole.PRINCIPAL, X)).isFalse();
        assertThat(org.holds(L1, OrgRole.DESIGNATED_LEADER, Y.minusDays(1))).isTrue();
        assertThat(org.holds(L1, OrgRole.DESIGNATED_LEADER, Y)).isFalse();
        assertThat(org.holds(L1, OrgRole.LEADERSHIP, Y)).isTrue();
    }
}
