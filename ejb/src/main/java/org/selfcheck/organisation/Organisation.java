package org.selfcheck.organisation;

import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.NotFoundException;
import org.selfcheck.shared.Texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A company's self-check organisation over time: its people, every term they held and the reasons
 * recorded for missing group categories. Answers who was who on any day, and decides whether a change
 * keeps rules R1 and R2; a change is returned as the terms it ends and the term it adds, for the service
 * to store. Nothing is ever removed: a term ends, and stays as history.
 */
public final class Organisation {

    static final int MAX_CERTIFICATE = 40;
    static final int MAX_REASON = 500;
    static final int MAX_NOTE = 500;

    private final Map<Long, PersonDetails> people;
    private final List<Term> terms;
    private final List<Explanation> explanations;

    public Organisation(Collection<PersonDetails> people, Collection<Term> terms, Collection<Explanation> explanations) {
        this.people = people.stream().collect(Collectors.toUnmodifiableMap(PersonDetails::id, Function.identity()));
        this.terms = List.copyOf(terms);
        this.explanations = List.copyOf(explanations);
    }

    /** What a change does: the terms it ends (with their new end date) and the term it adds. */
    public record Change(List<Term> ended, Term added) {
        public Change {
            ended = List.copyOf(ended);
        }
    }

    // ---- who was who ------------------------------------------------------------------------------------

    public OrganisationSnapshot asOf(LocalDate date) {
        List<Position> leadership = active(OrgRole.LEADERSHIP, date).map(this::position)
                .sorted(Comparator.comparing(Position::start).thenComparing(Position::termId)).toList();
        List<CategoryCoverage> composition = Arrays.stream(GroupCategory.values()).map(c -> coverage(c, date)).toList();
        return new OrganisationSnapshot(date, holder(OrgRole.PRINCIPAL, date).map(this::position).orElse(null),
                holder(OrgRole.DESIGNATED_LEADER, date).map(this::position).orElse(null), leadership, composition);
    }

    private CategoryCoverage coverage(GroupCategory category, LocalDate date) {
        List<Position> members = active(OrgRole.GROUP_MEMBER, date).filter(t -> t.category() == category)
                .map(this::position).sorted(Comparator.comparing(Position::start).thenComparing(Position::termId)).toList();
        Explanation explanation = explanations.stream().filter(e -> e.category() == category && e.activeOn(date))
                .findFirst().orElse(null);
        Coverage coverage;
        if (!members.isEmpty()) {
            coverage = Coverage.COVERED;
        } else if (!category.named()) {
            coverage = Coverage.OPTIONAL;
        } else if (explanation != null) {
            coverage = Coverage.EXPLAINED;
        } else {
            coverage = Coverage.MISSING;
        }
        return new CategoryCoverage(category, coverage, members, coverage == Coverage.EXPLAINED ? explanation : null);
    }

    /** Every term ever held, newest first: the organisation's history. */
    public List<Position> history() {
        return terms.stream().map(this::position)
                .sorted(Comparator.comparing(Position::start).thenComparing(Position::termId).reversed()).toList();
    }

    public List<Explanation> explanations() {
        return explanations.stream().sorted(Comparator.comparing(Explanation::start).reversed()).toList();
    }

    public Optional<Term> holder(OrgRole role, LocalDate date) {
        return active(role, date).findFirst();
    }

    /** Whether the person held the role on that day. */
    public boolean holds(long personId, OrgRole role, LocalDate date) {
        return active(role, date).anyMatch(t -> t.personId() == personId);
    }

    /** Whether the person with this login held the role on that day (a person without a login holds nothing by login). */
    public boolean holdsByLogin(String username, OrgRole role, LocalDate date) {
        return personByLogin(username).map(p -> holds(p.id(), role, date)).orElse(false);
    }

    /** The person who logs in with this username, if the company recorded one. */
    public Optional<PersonDetails> personByLogin(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return people.values().stream().filter(p -> username.equalsIgnoreCase(p.username())).findFirst();
    }

    public Optional<PersonDetails> person(long personId) {
        return Optional.ofNullable(people.get(personId));
    }

    private java.util.stream.Stream<Term> active(OrgRole role, LocalDate date) {
        return terms.stream().filter(t -> t.role() == role && t.activeOn(date));
    }

    private Position position(Term t) {
        return new Position(t.id(), people.get(t.personId()), t.role(), t.category(), t.certificateNo(), t.start(), t.end(), t.note());
    }

    // ---- changes ----------------------------------------------------------------------------------------

    /**
     * A new principal from {@code start}; the previous one's last day is the day before (and so is the last day of
     * the new one's open leader appointment).
     */
    public Change setPrincipal(long personId, LocalDate start, LocalDate today) {
        PersonDetails person = requirePerson(personId);
        checkStart(start, today);
        if (person.external()) {
            throw InvalidInputException.of("personId", "principal.external");
        }
        List<Term> ended = new ArrayList<>(succeed(OrgRole.PRINCIPAL, personId, start, "principal.already"));
        // the principal cannot be the designated leader (R1): his open appointment ends the day before; one after the start cannot be
        for (Term t : terms) {
            if (t.role() == OrgRole.DESIGNATED_LEADER && t.personId() == personId && t.overlaps(start, null)) {
                if (t.end() != null || t.start().isAfter(start)) {
                    throw InvalidInputException.of("start", "principal.wasLeader");
                }
                ended.add(t.endingBefore(start));
            }
        }
        return new Change(ended, new Term(null, personId, OrgRole.PRINCIPAL, null, null, start, null, null));
    }

    /** A person joins the leadership team (领导班子) from {@code start}. */
    public Change addLeadership(long personId, LocalDate start, LocalDate today) {
        PersonDetails person = requirePerson(personId);
        checkStart(start, today);
        if (person.external()) {
            throw InvalidInputException.of("personId", "leadership.external");
        }
        if (terms.stream().anyMatch(t -> t.role() == OrgRole.LEADERSHIP && t.personId() == personId && t.overlaps(start, null))) {
            throw InvalidInputException.of("start", "term.overlap");
        }
        return new Change(List.of(), new Term(null, personId, OrgRole.LEADERSHIP, null, null, start, null, null));
    }

    /**
     * The principal designates the leader who organises the checks (R1): a current leadership member who is
     * not the principal. The previous appointment's last day is the day before the new one's first.
     */
    public Change appointLeader(long personId, LocalDate start, LocalDate today, String note) {
        requirePerson(personId);
        checkStart(start, today);
        String cleanNote = optionalText(note, "note", MAX_NOTE);
        // every day from the start to today: a leadership member, and not the principal
        if (!coveredBy(OrgRole.LEADERSHIP, personId, start, today)) {
            throw InvalidInputException.of("personId", "leader.notLeadership");
        }
        if (terms.stream().anyMatch(t -> t.role() == OrgRole.PRINCIPAL && t.personId() == personId && t.overlaps(start, today))) {
            throw InvalidInputException.of("personId", "leader.isPrincipal");
        }
        List<Term> ended = succeed(OrgRole.DESIGNATED_LEADER, personId, start, "leader.already");
        return new Change(ended, new Term(null, personId, OrgRole.DESIGNATED_LEADER, null, null, start, null, cleanNote));
    }

    /** A person joins the inspection group (R2) in a category, from {@code start} to {@code end} (his last day) if known. */
    public Change addMember(long personId, GroupCategory category, String certificateNo, LocalDate start, LocalDate end,
                            LocalDate today) {
        requirePerson(personId);
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (category == null) {
            errors.add(error("category", "member.category.required"));
        }
        String certificate = Texts.clean(certificateNo);
        if (category == GroupCategory.REGISTERED_SAFETY_ENGINEER) {
            if (certificate == null) {
                errors.add(error("certificateNo", "member.certificate.required"));
            } else if (certificate.length() > MAX_CERTIFICATE) {
                errors.add(new InvalidInputException.FieldError("certificateNo", "text.length", List.of(MAX_CERTIFICATE)));
            }
        } else {
            certificate = null;
        }
        dateErrors(errors, start, end, today);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (terms.stream().anyMatch(t -> t.role() == OrgRole.GROUP_MEMBER && t.personId() == personId
                && t.category() == category && t.overlaps(start, end))) {
            throw InvalidInputException.of("start", "term.overlap");
        }
        return new Change(List.of(), new Term(null, personId, OrgRole.GROUP_MEMBER, category, certificate, start, end, null));
    }

    /**
     * Ends a leadership term or a group membership with {@code date} as its last day in office. Leaving the
     * leadership team also ends the person's open appointment as designated leader on the same last day. The
     * principal and the designated leader are not ended on their own: a successor's appointment ends them.
     */
    public Change endTerm(long termId, LocalDate date, LocalDate today) {
        Term term = terms.stream().filter(t -> Objects.equals(t.id(), termId)).findFirst()
                .orElseThrow(() -> new NotFoundException("term.notFound", termId));
        if (term.role().singleHolder()) {
            throw InvalidInputException.of("termId", "term.endBySuccessor");
        }
        if (date == null) {
            throw InvalidInputException.of("date", "date.required");
        }
        checkEnd(date, term.start(), term.end(), today);
        List<Term> ended = new ArrayList<>(List.of(term.endingOn(date)));
        if (term.role() == OrgRole.LEADERSHIP) {
            // leaving the leadership ends his open appointment as leader that day too; a leader period after it cannot be
            LocalDate dayAfter = date.plusDays(1);
            for (Term t : terms) {
                if (t.role() == OrgRole.DESIGNATED_LEADER && t.personId() == term.personId() && t.overlaps(dayAfter, null)) {
                    if (t.end() != null || t.start().isAfter(date)) {
                        throw InvalidInputException.of("date", "leadership.leaderAfter");
                    }
                    ended.add(t.endingOn(date));
                }
            }
        }
        return new Change(ended, null);
    }

    /**
     * Records why the group has no member of a named category, from {@code start}; a reason recorded
     * before for the same category ends the day before.
     *
     * @return the explanations ended and the new one (at the end of the list)
     */
    public List<Explanation> explain(GroupCategory category, String reason, LocalDate start, LocalDate today) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (category == null || !category.named()) {
            errors.add(error("category", "explanation.category"));
        }
        String text = Texts.clean(reason);
        if (text == null) {
            errors.add(error("reason", "explanation.reason.required"));
        } else if (text.length() > MAX_REASON) {
            errors.add(new InvalidInputException.FieldError("reason", "text.length", List.of(MAX_REASON)));
        }
        dateErrors(errors, start, null, today);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Explanation> changed = new ArrayList<>();
        for (Explanation e : explanations) {
            if (e.category() == category && e.holdsFrom(start)) {
                if (e.end() != null || e.start().isAfter(start)) {
                    throw InvalidInputException.of("start", "term.overlap");
                }
                changed.add(new Explanation(e.id(), e.category(), e.reason(), e.start(), TermDays.lastDayBefore(start)));
            }
        }
        changed.add(new Explanation(null, category, text, start, null));
        return changed;
    }

    /** Withdraws a recorded reason: {@code date} is the last day it holds. */
    public Explanation endExplanation(long explanationId, LocalDate date, LocalDate today) {
        Explanation e = explanations.stream().filter(x -> Objects.equals(x.id(), explanationId)).findFirst()
                .orElseThrow(() -> new NotFoundException("explanation.notFound", explanationId));
        if (date == null) {
            throw InvalidInputException.of("date", "date.required");
        }
        checkEnd(date, e.start(), e.end(), today);
        return new Explanation(e.id(), e.category(), e.reason(), e.start(), date);
    }

    /**
     * The terms a new single holder of {@code role} ends: the open one's last day is the day before {@code start}.
     * A start before the current holder's, or on or before the last day of an earlier term, would make two
     * holders on one day; the day after an earlier term's last day is free.
     */
    private List<Term> succeed(OrgRole role, long personId, LocalDate start, String alreadyKey) {
        List<Term> ended = new ArrayList<>();
        for (Term t : terms) {
            if (t.role() != role || !t.overlaps(start, null)) {
                continue;
            }
            if (t.end() != null || t.start().isAfter(start)) {
                throw InvalidInputException.of("start", "term.overlap");
            }
            if (t.personId() == personId) {
                throw InvalidInputException.of("personId", alreadyKey);
            }
            ended.add(t.endingBefore(start));
        }
        return ended;
    }

    /**
     * An end (the last day in office) is recorded when that day has come (not in the future), not before the
     * start, and only for what is still running today: a last day already passed is history and is not rewritten
     * (a planned last day, today or still ahead, may be brought forward).
     */
    private static void checkEnd(LocalDate date, LocalDate start, LocalDate end, LocalDate today) {
        if (date.isAfter(today)) {
            throw InvalidInputException.of("date", "date.future");
        }
        if (date.isBefore(start)) {
            throw InvalidInputException.of("date", "date.endBeforeStart");
        }
        if (end != null && (end.isBefore(today) || !end.isAfter(date))) {
            throw InvalidInputException.of("date", "term.alreadyEnded", end.toString());
        }
    }

    /** Whether the person held the role on every day from {@code from} to {@code to}, both included. */
    private boolean coveredBy(OrgRole role, long personId, LocalDate from, LocalDate to) {
        LocalDate day = from;
        List<Term> held = terms.stream().filter(t -> t.role() == role && t.personId() == personId)
                .sorted(Comparator.comparing(Term::start)).toList();
        for (Term t : held) {
            if (t.activeOn(day)) {
                if (t.end() == null) {
                    return true;
                }
                day = t.end().plusDays(1);
            }
            if (day.isAfter(to)) {
                return true;
            }
        }
        return day.isAfter(to);
    }

    private PersonDetails requirePerson(long personId) {
        return person(personId).orElseThrow(() -> new NotFoundException("person.notFound", personId));
    }

    private static void checkStart(LocalDate start, LocalDate today) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        dateErrors(errors, start, null, today);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * A start is required and not in the future (a change is recorded when it happens); an end, the last day in
     * office, is not before it (a term of one day starts and ends on that day).
     */
    private static void dateErrors(List<InvalidInputException.FieldError> errors, LocalDate start, LocalDate end, LocalDate today) {
        if (start == null) {
            errors.add(error("start", "date.required"));
        } else {
            if (start.isAfter(today)) {
                errors.add(error("start", "date.future"));
            }
            if (end != null && end.isBefore(start)) {
                errors.add(error("end", "date.endBeforeStart"));
            }
        }
    }

    private static String optionalText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError(field, "text.length", List.of(max))));
        }
        return value.strip();
    }

    private static InvalidInputException.FieldError error(String field, String key) {
        return new InvalidInputException.FieldError(field, key, List.of());
    }
}
