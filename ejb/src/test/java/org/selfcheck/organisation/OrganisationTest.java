package org.selfcheck.organisation;

import org.junit.jupiter.api.Test;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.NotFoundException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationTest {

    static final long A = 1, B = 2, L1 = 3, L2 = 4, L3 = 5, M = 6, E = 7;

    static final List<PersonDetails> PEOPLE = List.of(
            OrgHistory.person(A, "王总"), OrgHistory.person(B, "李总"), OrgHistory.person(L1, "张副总"),
            OrgHistory.person(L2, "赵副总"), OrgHistory.person(L3, "钱副总"), OrgHistory.person(M, "孙工"),
            OrgHistory.external(E, "周工", "某安全咨询公司"));

    static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    static Term term(long id, long personId, OrgRole role, LocalDate start, LocalDate end) {
        return new Term(id, personId, role, null, null, start, end, null);
    }

    static Term member(long id, long personId, GroupCategory category, LocalDate start, LocalDate end) {
        return new Term(id, personId, OrgRole.GROUP_MEMBER, category, null, start, end, null);
    }

    static Organisation organisation(Term... terms) {
        return new Organisation(PEOPLE, List.of(terms), List.of());
    }

    /** A principal, three leadership members and L1 appointed as leader from 1 February. */
    static List<Term> leadershipWithL1Appointed() {
        return new ArrayList<>(List.of(
                term(1, A, OrgRole.PRINCIPAL, d(1, 1), null),
                term(2, L1, OrgRole.LEADERSHIP, d(1, 1), null),
                term(3, L2, OrgRole.LEADERSHIP, d(1, 1), null),
                term(4, L3, OrgRole.LEADERSHIP, d(1, 1), null),
                term(5, L1, OrgRole.DESIGNATED_LEADER, d(2, 1), null)));
    }

    static OrgHistory history() {
        return new OrgHistory().with(PEOPLE.toArray(PersonDetails[]::new));
    }

    static void assertInvalid(Runnable change, String field, String messageKey) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKeysByField()).containsExactly(java.util.Map.entry(field, messageKey)));
    }

    // ---- the designated leader (R1) -----------------------------------------------------------------------

    @Test
    void aNewAppointmentMakesTheDayBeforeItThePreviousLeadersLastDay() {
        Organisation org = organisation(leadershipWithL1Appointed().toArray(Term[]::new));

        Organisation.Change change = org.appointLeader(L2, d(3, 1), d(3, 10), "  经主要负责人指定 ");

        assertThat(change.ended()).containsExactly(term(5, L1, OrgRole.DESIGNATED_LEADER, d(2, 1), d(2, 28)));
        assertThat(change.ended().get(0).end()).isEqualTo(change.added().start().minusDays(1));
        assertThat(change.added()).isEqualTo(
                new Term(null, L2, OrgRole.DESIGNATED_LEADER, null, null, d(3, 1), null, "经主要负责人指定"));
    }

    @Test
    void thereIsExactlyOneLeaderOnEveryDayAfterASuccession() {
        OrgHistory h = new OrgHistory().with(PEOPLE.toArray(PersonDetails[]::new));
        h.terms.addAll(leadershipWithL1Appointed());
        h.apply(h.organisation().appointLeader(L2, d(3, 1), d(3, 10), null));

        Organisation org = h.organisation();
        assertThat(org.asOf(d(2, 28)).leader().person().id()).isEqualTo(L1);
        assertThat(org.asOf(d(3, 1)).leader().person().id()).isEqualTo(L2);
        assertThat(h.term(5).end()).isEqualTo(d(2, 28));
        for (LocalDate day = d(2, 1); day.isBefore(d(4, 1)); day = day.plusDays(1)) {
            LocalDate on = day;
            assertThat(h.terms).filteredOn(t -> t.role() == OrgRole.DESIGNATED_LEADER && t.activeOn(on)).hasSize(1);
        }
    }

    @Test
    void theLeaderMustBeALeadershipMemberOnTheStartDate() {
        Organisation org = organisation(
                term(1, A, OrgRole.PRINCIPAL, d(1, 1), null),
                term(2, L1, OrgRole.LEADERSHIP, d(3, 1), null));

        assertInvalid(() -> org.appointLeader(L1, d(2, 15), d(3, 10), null), "personId", "leader.notLeadership");
    }

    @Test
    void someoneWhoLeftTheLeadershipBeforeTodayCannotBeAppointed() {
        Organisation org = organisation(
                term(1, A, OrgRole.PRINCIPAL, d(1, 1), null),
                term(2, L1, OrgRole.LEADERSHIP, d(1, 1), d(2, 28)));

        assertInvalid(() -> org.appointLeader(L1, d(2, 1), d(3, 10), null), "personId", "leader.notLeadership");
    }

    @Test
    void someoneOutsideTheLeadershipCannotBeAppointed() {
        Organisation org = organisation(term(1, A, OrgRole.PRINCIPAL, d(1, 1), null));

        assertInvalid(() -> org.appointLeader(M, d(2, 1), d(3, 10), null), "personId", "leader.notLeadership");
    }

    @Test
    void thePrincipalCannotBeTheLeader() {
        Organisation org = organisation(
                term(1, A, OrgRole.PRINCIPAL, d(1, 1), null),
                term(2, A, OrgRole.LEADERSHIP, d(1, 1), null));

        assertInvalid(() -> org.appointLeader(A, d(2, 1), d(3, 10), null), "personId", "leader.isPrincipal");
    }

    @Test
    void aNewAppointmentCannotStartBeforeTheCurrentLeadersStart() {
        Organisation org = organisation(leadershipWithL1Appointed().toArray(Term[]::new));

        assertInvalid(() -> org.appointLeader(L2, d(1, 15), d(3, 10), null), "start", "term.overlap");
    }

    @Test
    void aNewAppointmentCannotStartInsideAnEarlierEndedTerm() {
        List<Term> terms = leadershipWithL1Appointed();
        terms.set(4, term(5, L1, OrgRole.DESIGNATED_LEADER, d(2, 1), d(2, 28)));
        terms.add(term(6, L2, OrgRole.DESIGNATED_LEADER, d(3, 1), null));
        Organisation org = organisation(terms.toArray(Term[]::new));

        assertInvalid(() -> org.appointLeader(L3, d(2, 15), d(3, 10), null), "start", "term.overlap");
    }

    @Test
    void aNewAppointmentMayStartTheDayAfterTheEarlierEndedTermsLastDayButNotOnIt() {
        List<Term> terms = leadershipWithL1Appointed();
        terms.set(4, term(5, L1, OrgRole.DESIGNATED_LEADER, d(2, 1), d(2, 28)));
        Organisation org = organisation(terms.toArray(Term[]::new));

        Organisation.Change change = org.appointLeader(L3, d(3, 1), d(3, 10), null);

        assertThat(change.ended()).isEmpty();
        assertThat(change.added().start()).isEqualTo(d(3, 1));
        assertInvalid(() -> org.appointLeader(L3, d(2, 28), d(3, 10), null), "start", "term.overlap");
    }

    @Test
    void appointingTheCurrentLeaderAgainIsRefused() {
        Organisation org = organisation(leadershipWithL1Appointed().toArray(Term[]::new));

        assertInvalid(() -> org.appointLeader(L1, d(3, 1), d(3, 10), null), "personId", "leader.already");
    }

    @Test
    void anAppointmentCannotStartInTheFuture() {
        Organisation org = organisation(leadershipWithL1Appointed().toArray(Term[]::new));

        assertInvalid(() -> org.appointLeader(L2, d(3, 11), d(3, 10), null), "start", "date.future");
        assertInvalid(() -> org.appointLeader(L2, null, d(3, 10), null), "start", "date.required");
    }

    @Test
    void anOverlongAppointmentNoteIsRefused() {
        Organisation org = organisation(leadershipWithL1Appointed().toArray(Term[]::new));

        assertInvalid(() -> org.appointLeader(L2, d(3, 1), d(3, 10), "x".repeat(501)), "note", "text.length");
    }

    @Test
    void anUnknownPersonIsNotFound() {
        Organisation org = organisation(leadershipWithL1Appointed().toArray(Term[]::new));

        assertThatThrownBy(() -> org.appointLeader(99, d(3, 1), d(3, 10), null))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.messageKey()).isEqualTo("person.notFound"));
    }

    // ---- backdated appointments: every day from the start until today counts ---------------------------------

    @Test
    void aLeaderCannotBeBackdatedToADayOnWhichHeWasThePrincipal() {
        OrgHistory h = history();
        h.principal(A, d(1, 1), d(1, 1));
        h.leadership(B, d(1, 1), d(1, 1));
        h.principal(B, d(2, 1), d(2, 1));
        h.principal(L1, d(3, 1), d(3, 1));
        Organisation org = h.organisation();

        assertInvalid(() -> org.appointLeader(B, d(1, 15), d(4, 1), null), "personId", "leader.isPrincipal");
        assertInvalid(() -> org.appointLeader(B, d(2, 28), d(4, 1), null), "personId", "leader.isPrincipal");
    }

    @Test
    void aFormerPrincipalMayBeAppointedFromTheDayHisPrincipalTermEnded() {
        OrgHistory h = history();
        h.principal(A, d(1, 1), d(1, 1));
        h.leadership(B, d(1, 1), d(1, 1));
        h.principal(B, d(2, 1), d(2, 1));
        h.principal(L1, d(3, 1), d(3, 1));

        h.leader(B, d(3, 1), d(4, 1));

        assertThat(h.organisation().asOf(d(3, 1)).leader().person().id()).isEqualTo(B);
        assertThat(h.daysBreakingR1(d(1, 1), d(5, 1))).isEmpty();
    }

    @Test
    void aLeaderCannotBeBackdatedAcrossAGapInHisLeadership() {
        OrgHistory h = history();
        h.principal(A, d(1, 1), d(1, 1));
        Term first = h.leadership(B, d(1, 1), d(1, 1));
        h.end(first.id(), d(1, 31), d(2, 1));
        h.leadership(B, d(3, 1), d(3, 1));
        Organisation org = h.organisation();

        assertInvalid(() -> org.appointLeader(B, d(1, 15), d(4, 1), null), "personId", "leader.notLeadership");
        assertInvalid(() -> org.appointLeader(B, d(1, 31), d(4, 1), null), "personId", "leader.notLeadership");
        assertInvalid(() -> org.appointLeader(B, d(2, 1), d(4, 1), null), "personId", "leader.notLeadership");
        assertInvalid(() -> org.appointLeader(B, d(2, 28), d(4, 1), null), "personId", "leader.notLeadership");
    }

    @Test
    void aLeaderMayBeBackdatedToADayAfterHeRejoinedTheLeadership() {
        OrgHistory h = history();
        h.principal(A, d(1, 1), d(1, 1));
        Term first = h.leadership(B, d(1, 1), d(1, 1));
        h.end(first.id(), d(1, 31), d(2, 1));
        h.leadership(B, d(3, 1), d(3, 1));

        assertThat(h.organisation().appointLeader(B, d(3, 1), d(4, 1), null).added().start()).isEqualTo(d(3, 1));
        h.leader(B, d(3, 10), d(4, 1));

        assertThat(h.organisation().asOf(d(3, 10)).leader().person().id()).isEqualTo(B);
        assertThat(h.daysBreakingR1(d(1, 1), d(5, 1))).isEmpty();
    }

    @Test
    void leadershipTermsThatFollowEachOtherWithoutAGapCountAsContinuous() {
        // each starts the day after the previous one's last day
        Organisation org = organisation(
                term(1, A, OrgRole.PRINCIPAL, d(1, 1), null),
                term(2, B, OrgRole.LEADERSHIP, d(1, 1), d(1, 31)),
                term(3, B, OrgRole.LEADERSHIP, d(2, 1), d(2, 28)),
                term(4, B, OrgRole.LEADERSHIP, d(3, 1), null));

        assertThat(org.appointLeader(B, d(1, 15), d(4, 1), null).added().start()).isEqualTo(d(1, 15));
    }

    @Test
    void aOneDayGapBetweenLeadershipTermsBreaksTheCover() {
        // 2 February is neither the first term's last day nor in the second
        Organisation org = organisation(
                term(1, A, OrgRole.PRINCIPAL, d(1, 1), null),
                term(2, B, OrgRole.LEADERSHIP, d(1, 1), d(2, 1)),
                term(3, B, OrgRole.LEADERSHIP, d(2, 3), null));

        assertInvalid(() -> org.appointLeader(B, d(1, 15), d(4, 1), null), "personId", "leader.notLeadership");
        assertThat(org.appointLeader(B, d(2, 3), d(4, 1), null).added().start()).isEqualTo(d(2, 3));
    }

    @Test
    void aLeaderMayBeAppointedOnTheDayHeJoinsTheLeadership() {
        OrgHistory h = history();
        h.principal(A, d(1, 1), d(1, 1));
        h.leadership(B, d(4, 1), d(4, 1));

        assertThat(h.organisation().appointLeader(B, d(4, 1), d(4, 1), null).added().start()).isEqualTo(d(4, 1));
    }

    // ---- the principal ------------------------------------------------------------------------------------

    @Test
    void aNewPrincipalEndsThePreviousPrincipalsTermAndHisOwnLeaderAppointment() {
        Organisation org = organisation(
                term(1, A, OrgRole.PRINCIPAL, d(1, 1), null),
                term(2, B, OrgRole.LEADERSHIP, d(1, 1), null),
                term(3, B, OrgRole.DESIGNATED_LEADER, d(2, 1), null));

        Organisation.Change change = org.setPrincipal(B, d(3, 1), d(3, 1));

        assertThat(change.ended()).containsExactlyInAnyOrder(
                term(1, A, OrgRole.PRINCIPAL, d(1, 1), d(2, 28)),
                term(3, B, OrgRole.DESIGNATED_LEADER, d(2, 1), d(2, 28)));
        assertThat(change.added()).isEqualTo(new Term(null, B, OrgRole.PRINCIPAL, null, null, d(3, 1), null, null));
    }

    @Test
    void afterANewPrincipalNobodyIsBothPrincipalAndLeader() {
        OrgHistory h = new OrgHistory().with(PEOPLE.toArray(PersonDetails[]::new));
        h.principal(A, d(1, 1), d(1, 1));
        h.leadership(B, d(1, 1), d(1, 1));
        h.leader(B, d(2, 1), d(2, 1));
        h.principal(B, d(3, 1), d(3, 1));

        OrganisationSnapshot before = h.organisation().asOf(d(2, 28));
        OrganisationSnapshot after = h.organisation().asOf(d(3, 1));
        assertThat(before.principal().person().id()).isEqualTo(A);
        assertThat(before.leader().person().id()).isEqualTo(B);
        assertThat(after.principal().person().id()).isEqualTo(B);
        assertThat(after.leader()).isNull();
        assertThat(after.leadership()).extracting(p -> p.person().id()).containsExactly(B);
    }

    @Test
    void aPrincipalCannotBeBackdatedBeforeHisLeaderAppointmentStarted() {
        OrgHistory h = history();
        h.principal(A, d(1, 1), d(1, 1));
        h.leadership(B, d(1, 1), d(1, 1));
        h.leader(B, d(3, 1), d(3, 1));
        Organisation org = h.organisation();

        assertInvalid(() -> org.setPrincipal(B, d(2, 1), d(4, 1)), "start", "principal.wasLeader");
        assertInvalid(() -> org.setPrincipal(B, d(2, 28), d(4, 1)), "start", "principal.wasLeader");
    }

    @Test
    void aPrincipalBackdatedIntoHisOpenLeaderAppointmentEndsItTheDayBeforeHisStart() {
        OrgHistory h = history();
        h.principal(A, d(1, 1), d(1, 1));
        h.leadership(B, d(1, 1), d(1, 1));
        Term leader = h.leader(B, d(3, 1), d(3, 1));

        h.principal(B, d(3, 15), d(4, 1));

        assertThat(h.term(leader.id()).end()).isEqualTo(d(3, 14));
        assertThat(h.organisation().asOf(d(3, 14)).leader().person().id()).isEqualTo(B);
        assertThat(h.organisation().asOf(d(3, 15)).leader()).isNull();
        assertThat(h.daysBreakingR1(d(1, 1), d(5, 1))).isEmpty();
        assertThat(h.emptyTerms()).isEmpty();
    }

    @Test
    void aPrincipalCannotBeBackdatedBeforeHisEndedLeaderAppointmentEnded() {
        OrgHistory h = history();
        h.principal(A, d(1, 1), d(1, 1));
        h.leadership(B, d(1, 1), d(1, 1));
        h.leadership(L1, d(1, 1), d(1, 1));
        h.leader(B, d(2, 1), d(2, 1));
        h.leader(L1, d(3, 1), d(3, 1));
        Organisation org = h.organisation();

        assertInvalid(() -> org.setPrincipal(B, d(2, 15), d(4, 1)), "start", "principal.wasLeader");
        assertInvalid(() -> org.setPrincipal(B, d(1, 15), d(4, 1)), "start", "principal.wasLeader");
    }

    @Test
    void aPrincipalMayStartTheDayAfterHisEndedLeaderAppointmentsLastDayButNotOnIt() {
        OrgHistory h = history();
        h.principal(A, d(1, 1), d(1, 1));
        h.leadership(B, d(1, 1), d(1, 1));
        h.leadership(L1, d(1, 1), d(1, 1));
        Term bLeader = h.leader(B, d(2, 1), d(2, 1));
        h.leader(L1, d(3, 1), d(3, 1));
        assertThat(h.term(bLeader.id()).end()).isEqualTo(d(2, 28));

        assertInvalid(() -> h.organisation().setPrincipal(B, d(2, 28), d(4, 1)), "start", "principal.wasLeader");
        Organisation.Change change = h.organisation().setPrincipal(B, d(3, 1), d(4, 1));

        assertThat(change.ended()).containsExactly(term(1, A, OrgRole.PRINCIPAL, d(1, 1), d(2, 28)));
        h.apply(change);
        assertThat(h.term(bLeader.id()).end()).isEqualTo(d(2, 28));
        assertThat(h.daysBreakingR1(d(1, 1), d(5, 1))).isEmpty();
    }

    @Test
    void anotherPersonsLeaderAppointmentDoesNotStopABackdatedPrincipal() {
        OrgHistory h = history();
        h.principal(A, d(1, 1), d(1, 1));
        h.leadership(L1, d(1, 1), d(1, 1));
        h.leader(L1, d(3, 1), d(3, 1));

        Organisation.Change change = h.organisation().setPrincipal(B, d(2, 1), d(4, 1));

        assertThat(change.ended()).containsExactly(term(1, A, OrgRole.PRINCIPAL, d(1, 1), d(1, 31)));
    }

    @Test
    void theFirstPrincipalEndsNothing() {
        Organisation.Change change = organisation().setPrincipal(A, d(1, 1), d(1, 1));

        assertThat(change.ended()).isEmpty();
        assertThat(change.added().role()).isEqualTo(OrgRole.PRINCIPAL);
    }

    @Test
    void anExternalPersonCannotBePrincipal() {
        assertInvalid(() -> organisation().setPrincipal(E, d(1, 1), d(1, 1)), "personId", "principal.external");
    }

    @Test
    void anExternalPersonCannotJoinTheLeadership() {
        assertInvalid(() -> organisation().addLeadership(E, d(1, 1), d(1, 1)), "personId", "leadership.external");
    }

    @Test
    void theCurrentPrincipalCannotBeSetAgain() {
        Organisation org = organisation(term(1, A, OrgRole.PRINCIPAL, d(1, 1), null));

        assertInvalid(() -> org.setPrincipal(A, d(2, 1), d(2, 1)), "personId", "principal.already");
    }

    @Test
    void aNewPrincipalCannotStartBeforeTheCurrentOne() {
        Organisation org = organisation(term(1, A, OrgRole.PRINCIPAL, d(2, 1), null));

        assertInvalid(() -> org.setPrincipal(B, d(1, 15), d(2, 10)), "start", "term.overlap");
    }

    @Test
    void aLeadershipTermCannotOverlapTheSamePersonsOtherLeadershipTerm() {
        Organisation org = organisation(term(1, L1, OrgRole.LEADERSHIP, d(1, 1), d(2, 28)));

        assertInvalid(() -> org.addLeadership(L1, d(2, 1), d(3, 10)), "start", "term.overlap");
        assertInvalid(() -> org.addLeadership(L1, d(2, 28), d(3, 10)), "start", "term.overlap");
        assertThat(org.addLeadership(L1, d(3, 1), d(3, 10)).added().start()).isEqualTo(d(3, 1));
    }

    // ---- ending terms -------------------------------------------------------------------------------------

    @Test
    void leavingTheLeadershipAlsoEndsTheLeaderAppointment() {
        Organisation org = organisation(leadershipWithL1Appointed().toArray(Term[]::new));

        Organisation.Change change = org.endTerm(2, d(4, 1), d(4, 10));

        assertThat(change.added()).isNull();
        assertThat(change.ended()).containsExactlyInAnyOrder(
                term(2, L1, OrgRole.LEADERSHIP, d(1, 1), d(4, 1)),
                term(5, L1, OrgRole.DESIGNATED_LEADER, d(2, 1), d(4, 1)));
    }

    @Test
    void leavingTheLeadershipLeavesOtherMembersAppointmentAlone() {
        Organisation org = organisation(leadershipWithL1Appointed().toArray(Term[]::new));

        Organisation.Change change = org.endTerm(3, d(4, 1), d(4, 10));

        assertThat(change.ended()).containsExactly(term(3, L2, OrgRole.LEADERSHIP, d(1, 1), d(4, 1)));
    }

    @Test
    void thePrincipalAndTheLeaderAreEndedOnlyBySuccessors() {
        Organisation org = organisation(leadershipWithL1Appointed().toArray(Term[]::new));

        assertInvalid(() -> org.endTerm(1, d(4, 1), d(4, 10)), "termId", "term.endBySuccessor");
        assertInvalid(() -> org.endTerm(5, d(4, 1), d(4, 10)), "termId", "term.endBySuccessor");
    }

    @Test
    void anEndedTermCannotBeEndedAgain() {
        Organisation org = organisation(member(1, M, GroupCategory.UNION, d(1, 1), d(2, 28)));

        assertInvalid(() -> org.endTerm(1, d(4, 1), d(4, 10)), "date", "term.alreadyEnded");
        assertInvalid(() -> org.endTerm(1, d(2, 28), d(4, 10)), "date", "term.alreadyEnded");
    }

    @Test
    void aTermWithAKnownEndMayBeEndedEarlier() {
        Organisation org = organisation(member(1, M, GroupCategory.UNION, d(1, 1), d(6, 1)));

        assertThat(org.endTerm(1, d(3, 1), d(3, 10)).ended()).containsExactly(member(1, M, GroupCategory.UNION, d(1, 1), d(3, 1)));
    }

    @Test
    void aTermCannotEndBeforeItStarts() {
        Organisation org = organisation(member(1, M, GroupCategory.UNION, d(2, 1), null));

        assertInvalid(() -> org.endTerm(1, d(1, 31), d(3, 10)), "date", "date.endBeforeStart");
        assertInvalid(() -> org.endTerm(1, null, d(3, 10)), "date", "date.required");
    }

    @Test
    void aTermEndedOnItsFirstDayHeldThatOneDay() {
        OrgHistory h = history();
        Term union = h.member(M, GroupCategory.UNION, null, d(2, 1), d(2, 1));

        h.end(union.id(), d(2, 1), d(2, 1));

        assertThat(h.term(union.id()).end()).isEqualTo(d(2, 1));
        assertThat(h.organisation().holds(M, OrgRole.GROUP_MEMBER, d(2, 1))).isTrue();
        assertThat(h.organisation().holds(M, OrgRole.GROUP_MEMBER, d(2, 2))).isFalse();
        assertThat(h.emptyTerms()).isEmpty();
    }

    @Test
    void anEndCannotBeInTheFuture() {
        Organisation org = organisation(leadershipWithL1Appointed().toArray(Term[]::new));

        assertInvalid(() -> org.endTerm(3, d(4, 2), d(4, 1)), "date", "date.future");
        assertThat(org.endTerm(3, d(4, 1), d(4, 1)).ended()).containsExactly(term(3, L2, OrgRole.LEADERSHIP, d(1, 1), d(4, 1)));
    }

    @Test
    void aFutureEndIsRefusedBeforeAnythingElseIsChecked() {
        Organisation org = organisation(member(1, M, GroupCategory.UNION, d(1, 1), d(3, 1)));

        assertInvalid(() -> org.endTerm(1, d(5, 1), d(4, 10)), "date", "date.future");
    }

    @Test
    void aTermThatAlreadyEndedCannotBeRewrittenToEndEarlier() {
        Organisation org = organisation(member(1, M, GroupCategory.UNION, d(1, 1), d(2, 28)));

        assertInvalid(() -> org.endTerm(1, d(2, 1), d(4, 10)), "date", "term.alreadyEnded");
    }

    @Test
    void aTermWhosePlannedLastDayWasYesterdayHasEnded() {
        Organisation org = organisation(member(1, M, GroupCategory.UNION, d(1, 1), d(3, 9)));

        assertInvalid(() -> org.endTerm(1, d(3, 5), d(3, 10)), "date", "term.alreadyEnded");
    }

    @Test
    void aTermWhosePlannedLastDayIsTodayIsStillRunningAndMayBeBroughtForward() {
        Organisation org = organisation(member(1, M, GroupCategory.UNION, d(1, 1), d(3, 10)));

        assertThat(org.endTerm(1, d(3, 5), d(3, 10)).ended()).containsExactly(member(1, M, GroupCategory.UNION, d(1, 1), d(3, 5)));
        assertInvalid(() -> org.endTerm(1, d(3, 10), d(3, 10)), "date", "term.alreadyEnded");
    }

    @Test
    void aPlannedEndStillAheadMayBeBroughtForward() {
        OrgHistory h = history();
        Term union = h.memberUntil(M, GroupCategory.UNION, d(1, 1), d(6, 1), d(3, 1));

        h.end(union.id(), d(3, 5), d(3, 10));

        assertThat(h.term(union.id()).end()).isEqualTo(d(3, 5));
        assertThat(h.organisation().holds(M, OrgRole.GROUP_MEMBER, d(3, 5))).isTrue();
        assertThat(h.organisation().holds(M, OrgRole.GROUP_MEMBER, d(3, 6))).isFalse();
    }

    @Test
    void aPlannedEndBroughtForwardOnceCannotBeChangedAgainOnceItPassed() {
        OrgHistory h = history();
        Term union = h.memberUntil(M, GroupCategory.UNION, d(1, 1), d(6, 1), d(3, 1));
        h.end(union.id(), d(3, 5), d(3, 10));

        assertInvalid(() -> h.organisation().endTerm(union.id(), d(3, 1), d(3, 10)), "date", "term.alreadyEnded");
    }

    @Test
    void leavingTheLeadershipMayBeBackdatedIntoTheOpenLeaderAppointment() {
        OrgHistory h = history();
        h.terms.addAll(leadershipWithL1Appointed());

        h.end(2, d(3, 1), d(4, 10));

        assertThat(h.term(2).end()).isEqualTo(d(3, 1));
        assertThat(h.term(5).end()).isEqualTo(d(3, 1));
        assertThat(h.organisation().asOf(d(3, 1)).leader().person().id()).isEqualTo(L1);
        assertThat(h.organisation().asOf(d(3, 2)).leader()).isNull();
        assertThat(h.daysBreakingR1(d(1, 1), d(5, 1))).isEmpty();
    }

    @Test
    void leavingTheLeadershipCannotBeBackdatedBeforeTheLeaderAppointmentStarted() {
        Organisation org = organisation(leadershipWithL1Appointed().toArray(Term[]::new));

        assertInvalid(() -> org.endTerm(2, d(1, 15), d(4, 10)), "date", "leadership.leaderAfter");
        // his last leadership day the day before the appointment's first: the appointment would have no leadership
        assertInvalid(() -> org.endTerm(2, d(1, 31), d(4, 10)), "date", "leadership.leaderAfter");
        assertThat(org.endTerm(2, d(2, 1), d(4, 10)).ended()).containsExactlyInAnyOrder(
                term(2, L1, OrgRole.LEADERSHIP, d(1, 1), d(2, 1)),
                term(5, L1, OrgRole.DESIGNATED_LEADER, d(2, 1), d(2, 1)));
    }

    @Test
    void leavingTheLeadershipCannotBeBackdatedBeforeAnEndedLeaderAppointmentEnded() {
        List<Term> terms = leadershipWithL1Appointed();
        terms.set(4, term(5, L1, OrgRole.DESIGNATED_LEADER, d(2, 1), d(2, 28)));
        terms.add(term(6, L2, OrgRole.DESIGNATED_LEADER, d(3, 1), null));
        Organisation org = organisation(terms.toArray(Term[]::new));

        assertInvalid(() -> org.endTerm(2, d(2, 15), d(4, 10)), "date", "leadership.leaderAfter");
        assertInvalid(() -> org.endTerm(2, d(2, 27), d(4, 10)), "date", "leadership.leaderAfter");
        assertInvalid(() -> org.endTerm(2, d(1, 15), d(4, 10)), "date", "leadership.leaderAfter");
    }

    @Test
    void leavingTheLeadershipAfterAnEndedLeaderAppointmentLeavesThatAppointmentAlone() {
        List<Term> terms = leadershipWithL1Appointed();
        terms.set(4, term(5, L1, OrgRole.DESIGNATED_LEADER, d(2, 1), d(2, 28)));
        terms.add(term(6, L2, OrgRole.DESIGNATED_LEADER, d(3, 1), null));
        Organisation org = organisation(terms.toArray(Term[]::new));

        // on the appointment's last day
        assertThat(org.endTerm(2, d(2, 28), d(4, 10)).ended()).containsExactly(term(2, L1, OrgRole.LEADERSHIP, d(1, 1), d(2, 28)));
        assertThat(org.endTerm(2, d(3, 1), d(4, 10)).ended()).containsExactly(term(2, L1, OrgRole.LEADERSHIP, d(1, 1), d(3, 1)));
        assertThat(org.endTerm(2, d(3, 15), d(4, 10)).ended()).containsExactly(term(2, L1, OrgRole.LEADERSHIP, d(1, 1), d(3, 15)));
    }

    @Test
    void leavingTheLeadershipNeverLeavesATermEndingBeforeItStarts() {
        OrgHistory h = history();
        h.terms.addAll(leadershipWithL1Appointed());

        assertThatThrownBy(() -> h.end(2, d(1, 15), d(4, 10))).isInstanceOf(InvalidInputException.class);
        h.end(2, d(3, 1), d(4, 10));

        assertThat(h.terms).allSatisfy(t -> assertThat(t.end() == null || !t.end().isBefore(t.start())).isTrue());
    }

    @Test
    void endingAnUnknownTermIsNotFound() {
        assertThatThrownBy(() -> organisation().endTerm(42, d(1, 1), d(1, 1)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.messageKey()).isEqualTo("term.notFound"));
    }

    // ---- the inspection group (R2) ------------------------------------------------------------------------

    @Test
    void aRegisteredSafetyEngineerNeedsACertificate() {
        Organisation org = organisation();

        assertInvalid(() -> org.addMember(E, GroupCategory.REGISTERED_SAFETY_ENGINEER, null, d(1, 1), null, d(1, 1)),
                "certificateNo", "member.certificate.required");
        assertInvalid(() -> org.addMember(E, GroupCategory.REGISTERED_SAFETY_ENGINEER, "  ", d(1, 1), null, d(1, 1)),
                "certificateNo", "member.certificate.required");
        assertInvalid(() -> org.addMember(E, GroupCategory.REGISTERED_SAFETY_ENGINEER, "x".repeat(41), d(1, 1), null, d(1, 1)),
                "certificateNo", "text.length");
    }

    @Test
    void aRegisteredSafetyEngineerKeepsHisCertificateNumber() {
        Term added = organisation().addMember(E, GroupCategory.REGISTERED_SAFETY_ENGINEER, " 0033012345 ", d(1, 1), null, d(1, 1)).added();

        assertThat(added).isEqualTo(new Term(null, E, OrgRole.GROUP_MEMBER, GroupCategory.REGISTERED_SAFETY_ENGINEER,
                "0033012345", d(1, 1), null, null));
    }

    @Test
    void theCertificateIsDroppedForOtherCategories() {
        Term added = organisation().addMember(M, GroupCategory.UNION, "0033012345", d(1, 1), null, d(1, 1)).added();

        assertThat(added.certificateNo()).isNull();
        assertThat(added.category()).isEqualTo(GroupCategory.UNION);
    }

    @Test
    void theSamePersonCannotBeInTheSameCategoryTwiceAtOnce() {
        Organisation org = organisation(member(1, M, GroupCategory.UNION, d(1, 1), d(2, 28)));

        assertInvalid(() -> org.addMember(M, GroupCategory.UNION, null, d(2, 1), null, d(3, 10)), "start", "term.overlap");
        assertInvalid(() -> org.addMember(M, GroupCategory.UNION, null, d(1, 1), d(1, 15), d(3, 10)), "start", "term.overlap");
        assertInvalid(() -> org.addMember(M, GroupCategory.UNION, null, d(2, 28), null, d(3, 10)), "start", "term.overlap");
        assertThat(org.addMember(M, GroupCategory.UNION, null, d(3, 1), null, d(3, 10)).added().start()).isEqualTo(d(3, 1));
    }

    @Test
    void aMemberEndingBeforeAnotherTermStartsDoesNotOverlapIt() {
        Organisation org = organisation(member(1, M, GroupCategory.UNION, d(3, 1), null));

        assertThat(org.addMember(M, GroupCategory.UNION, null, d(1, 1), d(2, 28), d(3, 10)).added().end()).isEqualTo(d(2, 28));
        assertInvalid(() -> org.addMember(M, GroupCategory.UNION, null, d(1, 1), d(3, 1), d(3, 10)), "start", "term.overlap");
    }

    @Test
    void theSamePersonMayBeInAnotherCategoryAtTheSameTime() {
        Organisation org = organisation(member(1, M, GroupCategory.UNION, d(1, 1), null));

        Organisation.Change change = org.addMember(M, GroupCategory.WORKER_REP, null, d(2, 1), null, d(3, 10));

        assertThat(change.ended()).isEmpty();
        assertThat(change.added().category()).isEqualTo(GroupCategory.WORKER_REP);
    }

    @Test
    void aMembershipCannotEndBeforeItStartsButMayLastOneDay() {
        Organisation org = organisation();

        assertInvalid(() -> org.addMember(M, GroupCategory.UNION, null, d(2, 1), d(1, 31), d(3, 10)), "end", "date.endBeforeStart");
        Term oneDay = org.addMember(M, GroupCategory.UNION, null, d(2, 1), d(2, 1), d(3, 10)).added();
        assertThat(oneDay.activeOn(d(2, 1))).isTrue();
        assertThat(oneDay.activeOn(d(2, 2))).isFalse();
    }

    @Test
    void everyInvalidMemberFieldIsReportedAtOnce() {
        assertThatThrownBy(() -> organisation().addMember(M, null, null, d(4, 1), d(3, 1), d(3, 10)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKeysByField())
                        .containsEntry("category", "member.category.required")
                        .containsEntry("start", "date.future")
                        .containsEntry("end", "date.endBeforeStart")
                        .hasSize(3));
    }
}
