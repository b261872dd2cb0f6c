package org.selfcheck.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A company's organisation built the way the service builds it: each change is decided by
 * {@link Organisation} and then stored, ending terms by id and giving the added term the next id.
 */
final class OrgHistory {

    final List<PersonDetails> people = new ArrayList<>();
    final List<Term> terms = new ArrayList<>();
    final List<Explanation> explanations = new ArrayList<>();
    private long nextTermId = 1;
    private long nextExplanationId = 1;

    static PersonDetails person(long id, String name) {
        return new PersonDetails(id, name, "职务", "13800138000", null, false, null, 0);
    }

    static PersonDetails external(long id, String name, String employer) {
        return new PersonDetails(id, name, "注册安全工程师", "13800138000", null, true, employer, 0);
    }

    OrgHistory with(PersonDetails... persons) {
        people.addAll(List.of(persons));
        return this;
    }

    Organisation organisation() {
        return new Organisation(people, terms, explanations);
    }

    /** Stores a change and answers the stored term it added (null when it added none). */
    Term apply(Organisation.Change change) {
        for (Term ended : change.ended()) {
            int index = indexOf(ended.id());
            terms.set(index, ended);
        }
        if (change.added() == null) {
            return null;
        }
        Term a = change.added();
        Term stored = new Term(nextTermId++, a.personId(), a.role(), a.category(), a.certificateNo(), a.start(), a.end(), a.note());
        terms.add(stored);
        return stored;
    }

    /** Stores what {@link Organisation#explain} decided and answers the stored new explanation. */
    Explanation applyExplanations(List<Explanation> changed) {
        Explanation stored = null;
        for (Explanation e : changed) {
            if (e.id() == null) {
                stored = new Explanation(nextExplanationId++, e.category(), e.reason(), e.start(), e.end());
                explanations.add(stored);
            } else {
                explanations.replaceAll(x -> x.id().equals(e.id()) ? e : x);
            }
        }
        return stored;
    }

    Term term(long id) {
        return terms.get(indexOf(id));
    }

    private int indexOf(Long id) {
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no stored term " + id);
    }

    // ---- shortcuts: the change, decided and stored --------------------------------------------------------

    Term principal(long personId, LocalDate start, LocalDate today) {
        return apply(organisation().setPrincipal(personId, start, today));
    }

    Term leadership(long personId, LocalDate start, LocalDate today) {
        return apply(organisation().addLeadership(personId, start, today));
    }

    Term leader(long personId, LocalDate start, LocalDate today) {
        return apply(organisation().appointLeader(personId, start, today, null));
    }

    Term member(long personId, GroupCategory category, String certificateNo, LocalDate start, LocalDate today) {
        return apply(organisation().addMember(personId, category, certificateNo, start, null, today));
    }

    Term memberUntil(long personId, GroupCategory category, LocalDate start, LocalDate end, LocalDate today) {
        return apply(organisation().addMember(personId, category, null, start, end, today));
    }

    /** Ends the term on {@code date}, recorded on {@code today}; answers nothing (an end adds no term). */
    Term end(long termId, LocalDate date, LocalDate today) {
        return apply(organisation().endTerm(termId, date, today));
    }

    // ---- rule R1 on every day -----------------------------------------------------------------------------

    /**
     * The days from {@code from} to the day before {@code until} on which the stored terms break R1: the
     * designated leader is the principal, or is not a leadership member, or a term ends before it starts.
     */
    List<LocalDate> daysBreakingR1(LocalDate from, LocalDate until) {
        List<LocalDate> broken = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            LocalDate on = day;
            boolean bad = terms.stream().anyMatch(t -> t.role() == OrgRole.DESIGNATED_LEADER && t.activeOn(on)
                    && (holds(t.personId(), OrgRole.PRINCIPAL, on) || !holds(t.personId(), OrgRole.LEADERSHIP, on)));
            if (bad) {
                broken.add(day);
            }
        }
        return broken;
    }

    /** The stored terms whose last day is before their first: terms that hold on no day at all. */
    List<Term> emptyTerms() {
        return terms.stream().filter(Term::heldOnNoDay).toList();
    }

    private boolean holds(long personId, OrgRole role, LocalDate day) {
        return terms.stream().anyMatch(t -> t.personId() == personId && t.role() == role && t.activeOn(day));
    }
}
