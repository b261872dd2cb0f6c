package org.selfcheck.organisation;

import org.junit.jupiter.api.Test;
import org.selfcheck.organisation.OrganisationSnapshot.CompositionStatus;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.NotFoundException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompositionTest {

    static final long SAFETY = 1, UNION = 2, WORKER = 3, ENGINEER = 4, EXPERT = 5;

    static final List<PersonDetails> PEOPLE = List.of(
            OrgHistory.person(SAFETY, "安全科长"), OrgHistory.person(UNION, "工会主席"), OrgHistory.person(WORKER, "职工代表"),
            OrgHistory.external(ENGINEER, "注安师", "某安全咨询公司"), OrgHistory.person(EXPERT, "设备专家"));

    static final LocalDate ON = LocalDate.of(2026, 3, 1);

    static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    static Term member(long id, long personId, GroupCategory category) {
        return new Term(id, personId, OrgRole.GROUP_MEMBER, category,
                category == GroupCategory.REGISTERED_SAFETY_ENGINEER ? "0033012345" : null, d(1, 1), null, null);
    }

    static List<Term> fullGroup() {
        return new ArrayList<>(List.of(
                member(1, SAFETY, GroupCategory.SAFETY_OFFICE),
                member(2, UNION, GroupCategory.UNION),
                member(3, WORKER, GroupCategory.WORKER_REP),
                member(4, ENGINEER, GroupCategory.REGISTERED_SAFETY_ENGINEER)));
    }

    static List<Term> groupWithoutUnion() {
        List<Term> terms = fullGroup();
        terms.removeIf(t -> t.category() == GroupCategory.UNION);
        return terms;
    }

    static Explanation noUnion(long id, LocalDate start, LocalDate end) {
        return new Explanation(id, GroupCategory.UNION, "企业未成立工会", start, end);
    }

    static OrganisationSnapshot snapshot(List<Term> terms, List<Explanation> explanations, LocalDate date) {
        return new Organisation(PEOPLE, terms, explanations).asOf(date);
    }

    static CategoryCoverage coverage(OrganisationSnapshot s, GroupCategory category) {
        return s.composition().stream().filter(c -> c.category() == category).findFirst().orElseThrow();
    }

    static void assertInvalid(Runnable change, String field, String messageKey) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKeysByField()).containsExactly(Map.entry(field, messageKey)));
    }

    // ---- the check --------------------------------------------------------------------------------------

    @Test
    void aGroupCoveringAllFourNamedCategoriesIsComplete() {
        OrganisationSnapshot s = snapshot(fullGroup(), List.of(), ON);

        assertThat(s.composition()).extracting(CategoryCoverage::category).containsExactly(GroupCategory.values());
        assertThat(s.composition()).extracting(CategoryCoverage::coverage).containsExactly(
                Coverage.COVERED, Coverage.COVERED, Coverage.COVERED, Coverage.COVERED, Coverage.OPTIONAL);
        assertThat(s.composition()).noneMatch(CategoryCoverage::flagged);
        assertThat(s.compositionStatus()).isEqualTo(CompositionStatus.COMPLETE);
    }

    @Test
    void aCoveredCategoryListsItsMembers() {
        CategoryCoverage engineers = coverage(snapshot(fullGroup(), List.of(), ON), GroupCategory.REGISTERED_SAFETY_ENGINEER);

        assertThat(engineers.members()).singleElement().satisfies(p -> {
            assertThat(p.person().id()).isEqualTo(ENGINEER);
            assertThat(p.certificateNo()).isEqualTo("0033012345");
        });
        assertThat(engineers.explanation()).isNull();
    }

    @Test
    void aGroupWithoutUnionMemberIsFlaggedIncomplete() {
        OrganisationSnapshot s = snapshot(groupWithoutUnion(), List.of(), ON);

        CategoryCoverage union = coverage(s, GroupCategory.UNION);
        assertThat(union.coverage()).isEqualTo(Coverage.MISSING);
        assertThat(union.flagged()).isTrue();
        assertThat(union.members()).isEmpty();
        assertThat(union.explanation()).isNull();
        assertThat(s.composition()).filteredOn(CategoryCoverage::flagged).extracting(CategoryCoverage::category)
                .containsExactly(GroupCategory.UNION);
        assertThat(s.compositionStatus()).isEqualTo(CompositionStatus.INCOMPLETE);
    }

    @Test
    void aMemberWhoLeftCoversTheCategoryOnHisLastDayButNotTheDayAfter() {
        List<Term> terms = fullGroup();
        terms.set(1, terms.get(1).endingOn(ON));

        assertThat(coverage(snapshot(terms, List.of(), ON), GroupCategory.UNION).coverage()).isEqualTo(Coverage.COVERED);
        assertThat(coverage(snapshot(terms, List.of(), ON.plusDays(1)), GroupCategory.UNION).coverage()).isEqualTo(Coverage.MISSING);
    }

    @Test
    void anActiveExplanationMakesAMissingCategoryExplained() {
        Explanation reason = noUnion(1, d(1, 1), null);
        OrganisationSnapshot s = snapshot(groupWithoutUnion(), List.of(reason), ON);

        CategoryCoverage union = coverage(s, GroupCategory.UNION);
        assertThat(union.coverage()).isEqualTo(Coverage.EXPLAINED);
        assertThat(union.flagged()).isFalse();
        assertThat(union.explanation()).isEqualTo(reason);
        assertThat(s.compositionStatus()).isEqualTo(CompositionStatus.EXPLAINED);
    }

    @Test
    void anExplanationThatEndedBeforeTheDateDoesNotCount() {
        Explanation reason = noUnion(1, d(1, 1), d(1, 31));

        OrganisationSnapshot lastDay = snapshot(groupWithoutUnion(), List.of(reason), d(1, 31));
        OrganisationSnapshot after = snapshot(groupWithoutUnion(), List.of(reason), d(2, 1));

        assertThat(coverage(lastDay, GroupCategory.UNION).coverage()).isEqualTo(Coverage.EXPLAINED);
        assertThat(coverage(after, GroupCategory.UNION).coverage()).isEqualTo(Coverage.MISSING);
        assertThat(coverage(after, GroupCategory.UNION).explanation()).isNull();
        assertThat(after.compositionStatus()).isEqualTo(CompositionStatus.INCOMPLETE);
    }

    @Test
    void anExplanationDoesNotCountBeforeItStarts() {
        Explanation reason = noUnion(1, ON, null);

        assertThat(coverage(snapshot(groupWithoutUnion(), List.of(reason), ON.minusDays(1)), GroupCategory.UNION).coverage())
                .isEqualTo(Coverage.MISSING);
    }

    @Test
    void anExplanationForAnotherCategoryDoesNotHelp() {
        Explanation reason = new Explanation(1L, GroupCategory.WORKER_REP, "职工人数少", d(1, 1), null);

        OrganisationSnapshot s = snapshot(groupWithoutUnion(), List.of(reason), ON);

        assertThat(coverage(s, GroupCategory.UNION).coverage()).isEqualTo(Coverage.MISSING);
        assertThat(coverage(s, GroupCategory.WORKER_REP).coverage()).isEqualTo(Coverage.COVERED);
        assertThat(coverage(s, GroupCategory.WORKER_REP).explanation()).isNull();
    }

    @Test
    void otherExpertsAreOptionalAndNeverFlagged() {
        OrganisationSnapshot without = snapshot(fullGroup(), List.of(), ON);
        List<Term> terms = fullGroup();
        terms.add(member(5, EXPERT, GroupCategory.OTHER_EXPERT));
        OrganisationSnapshot with = snapshot(terms, List.of(), ON);

        assertThat(coverage(without, GroupCategory.OTHER_EXPERT).coverage()).isEqualTo(Coverage.OPTIONAL);
        assertThat(coverage(without, GroupCategory.OTHER_EXPERT).flagged()).isFalse();
        assertThat(without.compositionStatus()).isEqualTo(CompositionStatus.COMPLETE);
        assertThat(coverage(with, GroupCategory.OTHER_EXPERT).coverage()).isEqualTo(Coverage.COVERED);
    }

    @Test
    void anEmptyGroupMissesEveryNamedCategoryButNotTheOtherExperts() {
        OrganisationSnapshot s = snapshot(List.of(), List.of(), ON);

        assertThat(s.composition()).filteredOn(CategoryCoverage::flagged).extracting(CategoryCoverage::category)
                .containsExactly(GroupCategory.SAFETY_OFFICE, GroupCategory.UNION, GroupCategory.WORKER_REP,
                        GroupCategory.REGISTERED_SAFETY_ENGINEER);
        assertThat(s.compositionStatus()).isEqualTo(CompositionStatus.INCOMPLETE);
    }

    @Test
    void oneUnexplainedCategoryMakesTheGroupIncompleteEvenIfAnotherIsExplained() {
        List<Term> terms = groupWithoutUnion();
        terms.removeIf(t -> t.category() == GroupCategory.WORKER_REP);

        OrganisationSnapshot s = snapshot(terms, List.of(noUnion(1, d(1, 1), null)), ON);

        assertThat(coverage(s, GroupCategory.UNION).coverage()).isEqualTo(Coverage.EXPLAINED);
        assertThat(coverage(s, GroupCategory.WORKER_REP).coverage()).isEqualTo(Coverage.MISSING);
        assertThat(s.compositionStatus()).isEqualTo(CompositionStatus.INCOMPLETE);
    }

    @Test
    void aCoveredCategoryWinsOverAnExplanation() {
        OrganisationSnapshot s = snapshot(fullGroup(), List.of(noUnion(1, d(1, 1), null)), ON);

        CategoryCoverage union = coverage(s, GroupCategory.UNION);
        assertThat(union.coverage()).isEqualTo(Coverage.COVERED);
        assertThat(union.explanation()).isNull();
        assertThat(s.compositionStatus()).isEqualTo(CompositionStatus.COMPLETE);
    }

    // ---- recording reasons --------------------------------------------------------------------------------

    @Test
    void onlyNamedCategoriesCanBeExplained() {
        Organisation org = new Organisation(PEOPLE, fullGroup(), List.of());

        assertInvalid(() -> org.explain(GroupCategory.OTHER_EXPERT, "无", ON, ON), "category", "explanation.category");
        assertInvalid(() -> org.explain(null, "无", ON, ON), "category", "explanation.category");
    }

    @Test
    void aReasonIsRequired() {
        Organisation org = new Organisation(PEOPLE, groupWithoutUnion(), List.of());

        assertInvalid(() -> org.explain(GroupCategory.UNION, "   ", ON, ON), "reason", "explanation.reason.required");
        assertInvalid(() -> org.explain(GroupCategory.UNION, null, ON, ON), "reason", "explanation.reason.required");
        assertInvalid(() -> org.explain(GroupCategory.UNION, "x".repeat(501), ON, ON), "reason", "text.length");
    }

    @Test
    void aReasonCannotStartInTheFuture() {
        Organisation org = new Organisation(PEOPLE, groupWithoutUnion(), List.of());

        assertInvalid(() -> org.explain(GroupCategory.UNION, "企业未成立工会", ON.plusDays(1), ON), "start", "date.future");
    }

    @Test
    void theFirstReasonEndsNothing() {
        List<Explanation> changed = new Organisation(PEOPLE, groupWithoutUnion(), List.of())
                .explain(GroupCategory.UNION, "  企业未成立工会 ", ON, ON);

        assertThat(changed).containsExactly(new Explanation(null, GroupCategory.UNION, "企业未成立工会", ON, null));
    }

    @Test
    void aNewReasonEndsThePreviousOpenOneOfTheSameCategoryTheDayBeforeItsStart() {
        Explanation old = noUnion(1, d(1, 1), null);
        Explanation workers = new Explanation(2L, GroupCategory.WORKER_REP, "职工人数少", d(1, 1), null);
        Organisation org = new Organisation(PEOPLE, List.of(), List.of(old, workers));

        List<Explanation> changed = org.explain(GroupCategory.UNION, "工会筹建中", ON, ON);

        assertThat(changed).containsExactly(
                new Explanation(1L, GroupCategory.UNION, "企业未成立工会", d(1, 1), ON.minusDays(1)),
                new Explanation(null, GroupCategory.UNION, "工会筹建中", ON, null));
    }

    @Test
    void afterANewReasonTheNewOneExplainsFromItsStart() {
        OrgHistory h = new OrgHistory().with(PEOPLE.toArray(PersonDetails[]::new));
        h.terms.addAll(groupWithoutUnion());
        Explanation first = h.applyExplanations(h.organisation().explain(GroupCategory.UNION, "企业未成立工会", d(1, 1), d(1, 1)));
        Explanation second = h.applyExplanations(h.organisation().explain(GroupCategory.UNION, "工会筹建中", ON, ON));

        Organisation org = h.organisation();
        assertThat(coverage(org.asOf(ON.minusDays(1)), GroupCategory.UNION).explanation().id()).isEqualTo(first.id());
        assertThat(coverage(org.asOf(ON), GroupCategory.UNION).explanation()).isEqualTo(second);
        assertThat(org.explanations()).extracting(Explanation::reason).containsExactly("工会筹建中", "企业未成立工会");
    }

    @Test
    void aReasonCannotStartBeforeTheOpenOneItWouldEnd() {
        Organisation org = new Organisation(PEOPLE, List.of(), List.of(noUnion(1, ON, null)));

        assertInvalid(() -> org.explain(GroupCategory.UNION, "工会筹建中", ON.minusDays(1), ON), "start", "term.overlap");
    }

    @Test
    void aBackdatedReasonEndsTheOpenOneTheDayBeforeItsStart() {
        Organisation org = new Organisation(PEOPLE, List.of(), List.of(noUnion(1, d(1, 1), null)));

        assertThat(org.explain(GroupCategory.UNION, "工会筹建中", d(2, 1), ON)).containsExactly(
                noUnion(1, d(1, 1), d(1, 31)),
                new Explanation(null, GroupCategory.UNION, "工会筹建中", d(2, 1), null));
    }

    @Test
    void aReasonCannotStartInsideAnEndedOneOfTheSameCategory() {
        Organisation org = new Organisation(PEOPLE, List.of(), List.of(noUnion(1, d(1, 1), d(2, 28))));

        assertInvalid(() -> org.explain(GroupCategory.UNION, "工会筹建中", d(2, 1), d(4, 1)), "start", "term.overlap");
        assertInvalid(() -> org.explain(GroupCategory.UNION, "工会筹建中", d(2, 28), d(4, 1)), "start", "term.overlap");
        assertInvalid(() -> org.explain(GroupCategory.UNION, "工会筹建中", d(1, 1), d(4, 1)), "start", "term.overlap");
    }

    @Test
    void aReasonCannotStartBeforeAnEndedOneOfTheSameCategory() {
        Organisation org = new Organisation(PEOPLE, List.of(), List.of(noUnion(1, d(2, 1), d(2, 28))));

        assertInvalid(() -> org.explain(GroupCategory.UNION, "工会筹建中", d(1, 15), d(4, 1)), "start", "term.overlap");
    }

    @Test
    void aReasonStartingTheDayAfterTheEndedOnesLastDayLeavesItAlone() {
        Organisation org = new Organisation(PEOPLE, List.of(), List.of(noUnion(1, d(1, 1), d(2, 28))));

        assertThat(org.explain(GroupCategory.UNION, "工会筹建中", d(3, 1), d(4, 1)))
                .containsExactly(new Explanation(null, GroupCategory.UNION, "工会筹建中", d(3, 1), null));
        assertThat(org.explain(GroupCategory.UNION, "工会筹建中", d(3, 15), d(4, 1)))
                .containsExactly(new Explanation(null, GroupCategory.UNION, "工会筹建中", d(3, 15), null));
    }

    @Test
    void anEndedReasonOfAnotherCategoryDoesNotStopANewReason() {
        Explanation workers = new Explanation(1L, GroupCategory.WORKER_REP, "职工人数少", d(1, 1), d(2, 28));
        Organisation org = new Organisation(PEOPLE, List.of(), List.of(workers));

        assertThat(org.explain(GroupCategory.UNION, "企业未成立工会", d(2, 1), d(4, 1)))
                .containsExactly(new Explanation(null, GroupCategory.UNION, "企业未成立工会", d(2, 1), null));
    }

    @Test
    void aReasonIsWithdrawnWithItsLastDay() {
        Organisation org = new Organisation(PEOPLE, List.of(), List.of(noUnion(1, d(1, 1), null)));

        Explanation withdrawn = org.endExplanation(1, ON, ON);
        assertThat(withdrawn).isEqualTo(noUnion(1, d(1, 1), ON));
        assertThat(withdrawn.activeOn(ON)).isTrue();
        assertThat(withdrawn.activeOn(ON.plusDays(1))).isFalse();
        assertThat(org.endExplanation(1, d(1, 1), ON)).isEqualTo(noUnion(1, d(1, 1), d(1, 1)));
        assertInvalid(() -> org.endExplanation(1, d(1, 1).minusDays(1), ON), "date", "date.endBeforeStart");
        assertThatThrownBy(() -> org.endExplanation(9, ON, ON)).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.messageKey()).isEqualTo("explanation.notFound"));
    }

    @Test
    void aWithdrawnReasonCannotBeWithdrawnAgain() {
        Organisation org = new Organisation(PEOPLE, List.of(), List.of(noUnion(1, d(1, 1), ON.minusDays(1))));

        assertInvalid(() -> org.endExplanation(1, ON, ON.plusDays(5)), "date", "term.alreadyEnded");
        assertInvalid(() -> org.endExplanation(1, ON.plusDays(5), ON.plusDays(5)), "date", "term.alreadyEnded");
    }

    @Test
    void aReasonCannotBeWithdrawnInTheFuture() {
        Organisation org = new Organisation(PEOPLE, List.of(), List.of(noUnion(1, d(1, 1), null)));

        assertInvalid(() -> org.endExplanation(1, ON.plusDays(1), ON), "date", "date.future");
    }

    @Test
    void aWithdrawnReasonCannotBeRewrittenToEndEarlier() {
        Organisation org = new Organisation(PEOPLE, List.of(), List.of(noUnion(1, d(1, 1), ON.minusDays(1))));

        assertInvalid(() -> org.endExplanation(1, d(2, 1), ON.plusDays(5)), "date", "term.alreadyEnded");
    }

    @Test
    void aPlannedWithdrawalStillAheadMayBeBroughtForward() {
        Organisation org = new Organisation(PEOPLE, List.of(), List.of(noUnion(1, d(1, 1), d(6, 1))));

        assertThat(org.endExplanation(1, d(2, 15), ON)).isEqualTo(noUnion(1, d(1, 1), d(2, 15)));
        // on its planned last day it still holds and may be brought forward; the day after it has passed
        assertThat(org.endExplanation(1, d(5, 20), d(6, 1))).isEqualTo(noUnion(1, d(1, 1), d(5, 20)));
        assertInvalid(() -> org.endExplanation(1, d(5, 20), d(6, 2)), "date", "term.alreadyEnded");
    }
}
