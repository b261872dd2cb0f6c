package org.selfcheck.inspection;

import org.selfcheck.shared.Quarter;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Where a company stands in one year against R3 (a completed check every quarter) and R5 (the principal at
 * one check at least), on a given day: what the principal sees at a glance and what a reminder is sent for.
 * It is worked out from the checks each time, never stored, so it cannot drift from them.
 *
 * <p>Only completed checks count: a check that is planned, or still being recorded, can be abandoned and proves
 * nothing. Ended periods are final ({@link InTime}): a check covers its quarter only if it was completed before the
 * quarter ended, and the principal's attendance counts only if proven within the year; what is recorded later is a
 * late entry (逾期补录), counted apart and shown, and changes nothing. A completed check is taken at its date even
 * if that date is ahead of {@code today}; refusing to complete a check before it happened is the business of
 * whoever records checks ({@link Completion#requireTookPlace}), not of the calendar.
 *
 * @param year           the calendar year in China
 * @param today          the day the calendar is worked out for, in China ({@link Quarter#today})
 * @param quarters       the four quarters of the year, in order
 * @param attendance     how R5 stands
 * @param lateAttendance the principal confirmed a completed check of the year, but the confirmation or the
 *                       completion came after the year ended: kept and shown (逾期补录), not counted
 * @param nextDeadline the day by which the next check is needed: the last day of the running quarter while it
 *                     has no completed check, otherwise of the next quarter still to come without one; null when
 *                     no quarter of the year still waits for a check. Quarters already overdue are not
 *                     deadlines: they are missed, and no later check repairs them.
 */
public record ComplianceCalendar(int year, LocalDate today, List<QuarterStatus> quarters, Attendance attendance,
                                 boolean lateAttendance, LocalDate nextDeadline) {

    public ComplianceCalendar {
        Objects.requireNonNull(today, "today");
        quarters = List.copyOf(quarters);
    }

    /**
     * The calendar of {@code year} on {@code today}. Checks of any year may be passed (the caller need not
     * sort them out); only those dated in {@code year} count.
     */
    public static ComplianceCalendar of(int year, LocalDate today, List<CheckFact> checks) {
        Objects.requireNonNull(today, "today");
        List<CheckFact> ofYear = checks.stream().filter(c -> c.date().getYear() == year).toList();
        List<QuarterStatus> quarters = Quarter.of(year).stream().map(q -> status(q, today, ofYear)).toList();
        return new ComplianceCalendar(year, today, quarters, attendance(year, today, ofYear),
                ofYear.stream().anyMatch(CheckFact::attendanceLate), nextDeadline(quarters));
    }

    private static QuarterStatus status(Quarter quarter, LocalDate today, List<CheckFact> checks) {
        List<CheckFact> in = checks.stream().filter(c -> quarter.contains(c.date())).toList();
        int inTime = (int) in.stream().filter(CheckFact::coversQuarter).count();
        int late = (int) in.stream().filter(CheckFact::completedLate).count();
        LocalDate lastCheck = in.stream().filter(CheckFact::coversQuarter).map(CheckFact::date)
                .max(Comparator.naturalOrder()).orElse(null);
        State state;
        if (inTime > 0) {
            state = State.DONE;
        } else if (quarter.endedBefore(today)) {
            state = State.OVERDUE;
        } else if (quarter.contains(today)) {
            state = State.DUE;
        } else {
            state = State.UPCOMING;
        }
        return new QuarterStatus(quarter, state, inTime, in.size() - inTime - late, late, lastCheck);
    }

    private static Attendance attendance(int year, LocalDate today, List<CheckFact> checks) {
        if (checks.stream().anyMatch(CheckFact::attendedByPrincipal)) {
            return Attendance.MET;
        }
        return today.getYear() > year ? Attendance.MISSED : Attendance.NOT_YET;
    }

    private static LocalDate nextDeadline(List<QuarterStatus> quarters) {
        return quarters.stream().filter(q -> q.state() == State.DUE).findFirst()
                .or(() -> quarters.stream().filter(q -> q.state() == State.UPCOMING).findFirst())
                .map(q -> q.quarter().last()).orElse(null);
    }

    /**
     * Whether nothing has been missed up to today: no quarter ended without a check and the principal's year
     * did not end without him at one. A quarter still running without a check is not yet a breach.
     */
    public boolean compliantSoFar() {
        return quarters.stream().noneMatch(q -> q.state() == State.OVERDUE) && attendance != Attendance.MISSED;
    }

    /** The status of quarter 1 to 4 of the year. */
    public QuarterStatus quarter(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
        }
        return quarters.get(quarter - 1);
    }

    /**
     * One quarter on the calendar.
     *
     * @param completedChecks the checks dated in the quarter and completed before it ended: those that cover it
     * @param plannedChecks   the checks dated in the quarter that are not completed (planned or still being recorded)
     * @param lateChecks      the checks dated in the quarter but completed only after it ended (逾期补录): kept and
     *                        shown, they do not cover it
     * @param lastCheck       the date of the latest check that covers the quarter, null when there is none
     */
    public record QuarterStatus(Quarter quarter, State state, int completedChecks, int plannedChecks, int lateChecks,
                                LocalDate lastCheck) {

        /** The quarter has no check completed in time, but one completed after it ended (逾期补录). */
        public boolean onlyLate() {
            return state != State.DONE && lateChecks > 0;
        }
    }

    /** Where a quarter stands against R3. */
    public enum State {
        /** at least one check dated in the quarter was completed before the quarter ended */
        DONE,
        /** the quarter is running and has no completed check yet: there is still time */
        DUE,
        /** the quarter ended without a completed check: non-compliant, whatever is done later (a late entry included) */
        OVERDUE,
        /** the quarter has not started */
        UPCOMING
    }

    /** Where the year stands against R5. */
    public enum Attendance {
        /** the principal confirmed he took part in a completed check of the year, within the year */
        MET,
        /** not yet, and the year is still running (or has not started) */
        NOT_YET,
        /** the year ended without one: non-compliant */
        MISSED
    }
}
