package org.selfcheck.bureau.spotcheck;

import org.selfcheck.hazard.Locations;
import org.selfcheck.hazard.Qualification;
import org.selfcheck.organisation.OrgRole;
import org.selfcheck.organisation.Organisation;
import org.selfcheck.organisation.Position;
import org.selfcheck.shared.Quarter;

import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Judges a bureau spot-check finding under R7: a finding matched by a self-report that qualifies under R6 is
 * recommended for 不予处罚; any other finding means 一案双罚 for the principal, with the list of who was
 * principal, designated leader and group member while the company should have found the hazard (责任倒查).
 * The matched hazard is judged by {@link Qualification}, so the company's register and the bureau judge alike.
 */
public final class SpotCheckJudgment {

    private static final Comparator<SelfReport> EARLIEST_RECORDED =
            Comparator.comparing(SelfReport::recordedAt).thenComparingLong(SelfReport::hazardId);

    /** Names as a Chinese list sorts them: by pinyin, not by code point. */
    private static final Collator NAME_ORDER = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);

    private static final Comparator<Accountable> ACCOUNTABILITY_ORDER = Comparator
            .comparingInt((Accountable a) -> rank(a.role()))
            .thenComparing(Accountable::from)
            .thenComparing(Accountable::name, Comparator.nullsLast(NAME_ORDER::compare))
            .thenComparingLong(Accountable::personId)
            .thenComparing(Accountable::to);

    /** Who 责任倒查 looks for, in the order of the list. */
    private static final List<OrgRole> ACCOUNTABLE_ROLES = List.of(OrgRole.PRINCIPAL, OrgRole.DESIGNATED_LEADER, OrgRole.GROUP_MEMBER);

    private SpotCheckJudgment() {
    }

    /**
     * The period in which the company should have found a hazard it did not report before an inspection on
     * this date: from the first day of the quarter before the inspection's quarter, to the day before the
     * inspection. A quarterly check (R3) in either quarter should have found it.
     */
    public static Period period(LocalDate inspectionDate) {
        Objects.requireNonNull(inspectionDate, "inspectionDate");
        return new Period(Quarter.of(inspectionDate).previous().first(), inspectionDate.minusDays(1));
    }

    /**
     * Judges one finding against the company's self-reports, with the organisation and checks for the
     * accountability list.
     *
     * @param inspectionDate  the inspection's day in China ({@link Quarter#ZONE})
     * @param inspectionStart when the inspection began: the bureau's finding time for R6; on {@code inspectionDate}
     * @param checks          the company's completed checks; those outside the period are ignored
     * @throws IllegalArgumentException when {@code inspectionStart} is not on {@code inspectionDate} in China
     */
    public static FindingOutcome judge(Finding finding, LocalDate inspectionDate, Instant inspectionStart,
                                       List<SelfReport> selfReports, Organisation organisation,
                                       List<CheckAttendance> checks) {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(inspectionDate, "inspectionDate");
        Objects.requireNonNull(inspectionStart, "inspectionStart");
        Objects.requireNonNull(selfReports, "selfReports");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(checks, "checks");
        if (!LocalDate.ofInstant(inspectionStart, Quarter.ZONE).equals(inspectionDate)) {
            throw new IllegalArgumentException("inspection start " + inspectionStart + " is not on " + inspectionDate);
        }
        List<SelfReport> sameHazard = selfReports.stream()
                .filter(r -> r.itemId() != null && r.itemId() == finding.itemId())
                .filter(r -> sameLocation(r.location(), finding.location()))
                .toList();
        // a report made once the bureau is at the door does not count as self-reported
        List<SelfReport> before = sameHazard.stream()
                .filter(r -> r.recordedAt().isBefore(inspectionStart))
                .sorted(EARLIEST_RECORDED)
                .toList();
        if (before.isEmpty()) {
            Reason reason = sameHazard.isEmpty() ? Reason.NOT_REPORTED : Reason.REPORTED_AFTER_INSPECTION;
            return doublePenalty(finding, reason, null, List.of(), inspectionDate, organisation, checks);
        }
        SelfReport matched = before.get(0);
        Qualification qualification = qualification(matched, inspectionDate, inspectionStart);
        for (SelfReport candidate : before) {
            Qualification q = qualification(candidate, inspectionDate, inspectionStart);
            if (q.qualified()) {
                matched = candidate;
                qualification = q;
                break;
            }
        }
        if (qualification.qualified()) {
            return new FindingOutcome(finding, Outcome.NON_PENALTY, Reason.MATCHED_QUALIFIED, matched,
                    qualification.conditions(), List.of(), List.of(), null);
        }
        Reason reason = reasonFor(qualification.unmet().get(0).kind());
        return doublePenalty(finding, reason, matched, qualification.conditions(), inspectionDate, organisation, checks);
    }

    /** Whether two locations name the same place ({@link Locations#same}). */
    public static boolean sameLocation(String a, String b) {
        return Locations.same(a, b);
    }

    /**
     * R6 as at the inspection: the inspection is the bureau's finding (or an earlier one bound to the hazard), its day is
     * "today" for the deadline.
     */
    private static Qualification qualification(SelfReport r, LocalDate inspectionDate, Instant inspectionStart) {
        Instant found = r.bureauFoundAt() != null && r.bureauFoundAt().isBefore(inspectionStart) ? r.bureauFoundAt() : inspectionStart;
        return Qualification.of(new Qualification.Facts(r.source(), r.recordedAt(), r.receiptAt(), found, r.plan(), r.state(),
                r.deadline(), inspectionDate));
    }

    private static Reason reasonFor(Qualification.Kind kind) {
        return switch (kind) {
            case SELF_FOUND -> Reason.NOT_SELF_FOUND;
            case REPORTED -> Reason.NOT_FILED;
            case PLAN_COMPLETE -> Reason.PLAN_INCOMPLETE;
            case UNDER_WAY -> Reason.OVERDUE;
        };
    }

    private static FindingOutcome doublePenalty(Finding finding, Reason reason, SelfReport matched,
                                                List<Qualification.Condition> conditions, LocalDate inspectionDate,
                                                Organisation organisation, List<CheckAttendance> checks) {
        List<Accountable> accountable = accountability(period(inspectionDate), organisation, checks);
        List<OrgRole> notOnRecord = ACCOUNTABLE_ROLES.stream()
                .filter(role -> accountable.stream().noneMatch(a -> a.role() == role)).toList();
        String principalNow = notOnRecord.contains(OrgRole.PRINCIPAL) ? organisation.history().stream()
                .filter(p -> p.role() == OrgRole.PRINCIPAL && p.person() != null)
                .max(Comparator.comparing(Position::start)).map(p -> p.person().name()).orElse(null) : null;
        return new FindingOutcome(finding, Outcome.DOUBLE_PENALTY, reason, matched, conditions, accountable, notOnRecord,
                principalNow);
    }

    /** 责任倒查: one entry per term of principal, designated leader or group member that shares a day with the period. */
    private static List<Accountable> accountability(Period period, Organisation organisation, List<CheckAttendance> checks) {
        return organisation.history().stream()
                .filter(p -> rank(p.role()) >= 0)
                .filter(p -> period.overlaps(p.start(), p.end()))
                .map(p -> accountable(p, period, checks))
                .sorted(ACCOUNTABILITY_ORDER)
                .toList();
    }

    private static Accountable accountable(Position p, Period period, List<CheckAttendance> checks) {
        if (p.person() == null) {
            throw new IllegalStateException("term " + p.termId() + " has no person in the organisation");
        }
        long personId = p.person().id();
        LocalDate from = p.start().isBefore(period.from()) ? period.from() : p.start();
        // the end is the last day in office, included
        LocalDate lastHeld = Optional.ofNullable(p.end()).orElse(period.to());
        LocalDate to = lastHeld.isAfter(period.to()) ? period.to() : lastHeld;
        Period held = new Period(from, to);
        List<CheckAttendance> inTerm = checks.stream().filter(c -> held.contains(c.date())).toList();
        long attended = inTerm.stream()
                .filter(c -> p.role() == OrgRole.PRINCIPAL ? c.principalAttended() : c.participantIds().contains(personId))
                .count();
        return new Accountable(personId, p.person().name(), p.role(), from, to, (int) attended, inTerm.size());
    }

    /** The order of the list; negative for a role that is not accountable (the leadership team as such). */
    private static int rank(OrgRole role) {
        return switch (role) {
            case PRINCIPAL -> 0;
            case DESIGNATED_LEADER -> 1;
            case GROUP_MEMBER -> 2;
            case LEADERSHIP -> -1;
        };
    }
}
