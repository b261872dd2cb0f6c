package org.selfcheck.inspection;

import org.junit.jupiter.api.Test;
import org.selfcheck.inspection.ComplianceCalendar.Attendance;
import org.selfcheck.inspection.ComplianceCalendar.QuarterStatus;
import org.selfcheck.inspection.ComplianceCalendar.State;
import org.selfcheck.shared.Quarter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.selfcheck.inspection.ComplianceCalendar.State.DONE;
import static org.selfcheck.inspection.ComplianceCalendar.State.DUE;
import static org.selfcheck.inspection.ComplianceCalendar.State.OVERDUE;
import static org.selfcheck.inspection.ComplianceCalendar.State.UPCOMING;

/** The calendar on worked examples of 2026 (not a leap year), each checked against R3 and R5 by hand. */
class ComplianceCalendarTest {

    static final int YEAR = 2026;
    static final LocalDate MID_Q2 = date(5, 15);

    static LocalDate date(int month, int day) {
        return LocalDate.of(YEAR, month, day);
    }

    /** 10:00 in China on a day. */
    static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(Quarter.ZONE).toInstant();
    }

    static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    /** A check completed on its day, which the principal did not confirm. */
    static CheckFact done(LocalDate date) {
        return new CheckFact(date, at(date), null);
    }

    /** A check completed on its day, where the principal confirmed he took part. */
    static CheckFact attended(LocalDate date) {
        return new CheckFact(date, at(date), at(date));
    }

    /** A check planned (or still being recorded), not completed. */
    static CheckFact planned(LocalDate date) {
        return new CheckFact(date, null, null);
    }

    static ComplianceCalendar on(LocalDate today, CheckFact... checks) {
        return ComplianceCalendar.of(YEAR, today, Arrays.asList(checks));
    }

    static List<State> states(ComplianceCalendar c) {
        return c.quarters().stream().map(QuarterStatus::state).toList();
    }

    // ---- R3, the quarters -------------------------------------------------------------------------------

    @Test
    void withNoCheckAtAllInMidQ2TheFirstQuarterIsOverdueAndTheSecondDue() {
        ComplianceCalendar c = on(MID_Q2);

        assertThat(states(c)).containsExactly(OVERDUE, DUE, UPCOMING, UPCOMING);
        assertThat(c.attendance()).isEqualTo(Attendance.NOT_YET);
        assertThat(c.nextDeadline()).isEqualTo(date(6, 30));
        assertThat(c.compliantSoFar()).isFalse();
        assertThat(c.year()).isEqualTo(YEAR);
        assertThat(c.today()).isEqualTo(MID_Q2);
        assertThat(c.quarters()).extracting(QuarterStatus::quarter).containsExactlyElementsOf(Quarter.of(YEAR));
        assertThat(c.quarters()).allSatisfy(q -> {
            assertThat(q.completedChecks()).isZero();
            assertThat(q.plannedChecks()).isZero();
            assertThat(q.lateChecks()).isZero();
            assertThat(q.lastCheck()).isNull();
        });
        assertThat(c.lateAttendance()).isFalse();
    }

    @Test
    void aCheckEachQuarterSoFarIsCompliant() {
        ComplianceCalendar c = on(MID_Q2, done(date(2, 10)), done(date(5, 8)));

        assertThat(states(c)).containsExactly(DONE, DONE, UPCOMING, UPCOMING);
        assertThat(c.nextDeadline()).as("the running quarter is done: the next one is what is needed").isEqualTo(date(9, 30));
        assertThat(c.compliantSoFar()).isTrue();
    }

    @Test
    void aCheckOnTheLastDayOfAQuarterCountsForThatQuarter() {
        ComplianceCalendar c = on(MID_Q2, done(date(3, 31)));

        assertThat(c.quarter(1).state()).isEqualTo(DONE);
        assertThat(c.quarter(1).lastCheck()).isEqualTo(date(3, 31));
        assertThat(c.quarter(2).state()).isEqualTo(DUE);
        assertThat(c.quarter(2).completedChecks()).isZero();
    }

    @Test
    void onTheLastDayOfAQuarterWithoutACheckItIsStillDueAndOverdueTheDayAfter() {
        assertThat(on(date(3, 31)).quarter(1).state()).isEqualTo(DUE);
        assertThat(on(date(3, 31)).nextDeadline()).isEqualTo(date(3, 31));
        assertThat(on(date(4, 1)).quarter(1).state()).isEqualTo(OVERDUE);
        assertThat(on(date(4, 1)).nextDeadline()).isEqualTo(date(6, 30));
    }

    @Test
    void aPlannedCheckDoesNotMakeTheQuarterDoneButIsCounted() {
        CheckFact plannedInQ2 = planned(date(6, 20));

        QuarterStatus running = on(MID_Q2, plannedInQ2).quarter(2);
        assertThat(running.state()).isEqualTo(DUE);
        assertThat(running.plannedChecks()).isEqualTo(1);
        assertThat(running.completedChecks()).isZero();
        assertThat(running.lastCheck()).isNull();

        QuarterStatus ended = on(date(7, 1), plannedInQ2).quarter(2);
        assertThat(ended.state()).isEqualTo(OVERDUE);
        assertThat(ended.plannedChecks()).as("still planned, never completed").isEqualTo(1);
    }

    @Test
    void completedAndPlannedChecksAreCountedApartAndTheLatestCompletedOneIsShown() {
        QuarterStatus q1 = on(MID_Q2, done(date(1, 20)), done(date(3, 2)), planned(date(3, 30)), done(date(2, 14)))
                .quarter(1);

        assertThat(q1.state()).isEqualTo(DONE);
        assertThat(q1.completedChecks()).isEqualTo(3);
        assertThat(q1.plannedChecks()).isEqualTo(1);
        assertThat(q1.lastCheck()).as("the latest completed check, not the planned one after it").isEqualTo(date(3, 2));
    }

    @Test
    void aCheckCompletedLaterStillDoesNotRepairAnOverdueQuarter() {
        ComplianceCalendar c = on(MID_Q2, done(date(4, 2)), done(date(4, 3)));

        assertThat(c.quarter(1).state()).isEqualTo(OVERDUE);
        assertThat(c.quarter(2).completedChecks()).isEqualTo(2);
        assertThat(c.compliantSoFar()).isFalse();
    }

    // ---- ended periods are final: late entries (逾期补录) -------------------------------------------------

    @Test
    void aCheckDatedInAnEndedQuarterButCompletedAfterItEndedLeavesItOverdueAndIsALateEntry() {
        LocalDate today = date(10, 5);
        CheckFact lateEntry = new CheckFact(date(9, 20), at(today), null);

        QuarterStatus q3 = on(today, lateEntry).quarter(3);
        assertThat(q3.state()).isEqualTo(OVERDUE);
        assertThat(q3.completedChecks()).as("none covers it").isZero();
        assertThat(q3.lateChecks()).isEqualTo(1);
        assertThat(q3.plannedChecks()).isZero();
        assertThat(q3.lastCheck()).isNull();
        assertThat(q3.onlyLate()).isTrue();
        assertThat(on(today, lateEntry).compliantSoFar()).isFalse();
    }

    @Test
    void completedAtTheLastSecondOfTheQuarterInChinaCoversItAndAtMidnightNot() {
        LocalDate today = date(10, 5);
        CheckFact lastSecond = new CheckFact(date(9, 20), at("2026-09-30T23:59:59+08:00"), null);
        CheckFact midnight = new CheckFact(date(9, 20), at("2026-10-01T00:00:00+08:00"), null);
        CheckFact utcEvening = new CheckFact(date(9, 20), Instant.parse("2026-09-30T16:00:00Z"), null);

        assertThat(on(today, lastSecond).quarter(3).state()).isEqualTo(DONE);
        assertThat(on(today, lastSecond).quarter(3).lateChecks()).isZero();
        assertThat(on(today, midnight).quarter(3).state()).isEqualTo(OVERDUE);
        assertThat(on(today, utcEvening).quarter(3).state()).as("already 1 October in China").isEqualTo(OVERDUE);
        assertThat(on(today, utcEvening).quarter(3).lateChecks()).isEqualTo(1);
    }

    @Test
    void aLateEntryBesideACheckInTimeIsCountedApartAndTheQuarterIsDone() {
        QuarterStatus q1 = on(MID_Q2, done(date(2, 10)), new CheckFact(date(3, 25), at(date(4, 3)), null)).quarter(1);

        assertThat(q1.state()).isEqualTo(DONE);
        assertThat(q1.completedChecks()).isEqualTo(1);
        assertThat(q1.lateChecks()).isEqualTo(1);
        assertThat(q1.lastCheck()).as("the latest check that covers the quarter").isEqualTo(date(2, 10));
        assertThat(q1.onlyLate()).isFalse();
    }

    @Test
    void aLateEntryInTheRunningQuarterIsImpossibleSoTheRunningQuarterIsDoneByAnyCompletion() {
        QuarterStatus q2 = on(MID_Q2, new CheckFact(date(4, 20), at(MID_Q2), null)).quarter(2);

        assertThat(q2.state()).isEqualTo(DONE);
        assertThat(q2.lateChecks()).isZero();
    }

    @Test
    void thePrincipalsConfirmationCountsAtTheLastSecondOfTheYearInChinaAndNotAtMidnight() {
        LocalDate after = LocalDate.of(YEAR + 1, 1, 10);
        CheckFact lastSecond = new CheckFact(date(11, 20), at(date(11, 20)), at("2026-12-31T23:59:59+08:00"));
        CheckFact midnight = new CheckFact(date(11, 20), at(date(11, 20)), at("2027-01-01T00:00:00+08:00"));

        assertThat(on(after, lastSecond).attendance()).isEqualTo(Attendance.MET);
        assertThat(on(after, lastSecond).lateAttendance()).isFalse();
        ComplianceCalendar late = on(after, midnight);
        assertThat(late.attendance()).isEqualTo(Attendance.MISSED);
        assertThat(late.lateAttendance()).as("kept and shown, not counted").isTrue();
        assertThat(late.quarter(4).state()).as("the check itself was in time").isEqualTo(DONE);
    }

    @Test
    void aConfirmationWithinTheYearOnACheckCompletedAfterItDoesNotCount() {
        CheckFact completedLate = new CheckFact(date(12, 20), at("2027-01-03T09:00:00+08:00"), at(date(12, 21)));

        ComplianceCalendar c = on(LocalDate.of(YEAR + 1, 1, 10), completedLate);
        assertThat(c.attendance()).isEqualTo(Attendance.MISSED);
        assertThat(c.lateAttendance()).isTrue();
        assertThat(c.quarter(4).state()).isEqualTo(OVERDUE);
        assertThat(c.quarter(4).lateChecks()).isEqualTo(1);
    }

    @Test
    void aLateConfirmationBesideOneInTimeStillMeetsTheYearAndIsShown() {
        CheckFact late = new CheckFact(date(11, 20), at(date(11, 20)), at("2027-01-02T09:00:00+08:00"));

        ComplianceCalendar c = on(LocalDate.of(YEAR + 1, 1, 10), attended(date(2, 10)), late);
        assertThat(c.attendance()).isEqualTo(Attendance.MET);
        assertThat(c.lateAttendance()).isTrue();
    }

    @Test
    void beforeTheYearStartsEveryQuarterIsUpcoming() {
        ComplianceCalendar c = on(LocalDate.of(YEAR - 1, 12, 20));

        assertThat(states(c)).containsOnly(UPCOMING);
        assertThat(c.nextDeadline()).isEqualTo(date(3, 31));
        assertThat(c.attendance()).isEqualTo(Attendance.NOT_YET);
        assertThat(c.compliantSoFar()).isTrue();
    }

    // ---- R5, the principal ------------------------------------------------------------------------------

    @Test
    void thePrincipalAtTheFirstQuarterCheckIsEnoughForTheWholeYear() {
        CheckFact[] checks = {attended(date(2, 10)), done(date(5, 8)), done(date(8, 8)), done(date(11, 8))};

        assertThat(on(date(2, 10), checks).attendance()).isEqualTo(Attendance.MET);
        assertThat(on(date(12, 31), checks).attendance()).isEqualTo(Attendance.MET);
        assertThat(on(LocalDate.of(YEAR + 1, 3, 1), checks).attendance()).isEqualTo(Attendance.MET);
        assertThat(on(LocalDate.of(YEAR + 1, 3, 1), checks).compliantSoFar()).isTrue();
    }

    @Test
    void aYearOverWithoutThePrincipalAtAnyCheckIsMissedEvenIfEveryQuarterWasDone() {
        CheckFact[] checks = {done(date(2, 10)), done(date(5, 8)), done(date(8, 8)), done(date(11, 8))};

        assertThat(on(date(12, 31), checks).attendance()).as("he still has the day").isEqualTo(Attendance.NOT_YET);
        ComplianceCalendar after = on(LocalDate.of(YEAR + 1, 1, 1), checks);
        assertThat(after.attendance()).isEqualTo(Attendance.MISSED);
        assertThat(states(after)).containsOnly(DONE);
        assertThat(after.compliantSoFar()).isFalse();
    }

    @Test
    void thePrincipalsConfirmationOnACheckNotCompletedDoesNotCount() {
        CheckFact confirmedButNotCompleted = new CheckFact(date(3, 10), null, at(date(3, 10)));

        assertThat(on(MID_Q2, confirmedButNotCompleted).attendance()).isEqualTo(Attendance.NOT_YET);
        assertThat(on(LocalDate.of(YEAR + 1, 1, 1), confirmedButNotCompleted).attendance()).isEqualTo(Attendance.MISSED);
        assertThat(on(MID_Q2, confirmedButNotCompleted).quarter(1).state()).isEqualTo(OVERDUE);
    }

    @Test
    void aCompletedCheckWithoutThePrincipalsOwnConfirmationDoesNotCount() {
        assertThat(on(MID_Q2, done(date(3, 10))).attendance()).isEqualTo(Attendance.NOT_YET);
    }

    // ---- year end ---------------------------------------------------------------------------------------

    @Test
    void onDecember31WithQ4DoneNoQuarterWaitsForACheckSoThereIsNoNextDeadline() {
        ComplianceCalendar c = on(date(12, 31), attended(date(2, 10)), done(date(5, 8)), done(date(8, 8)),
                done(date(12, 30)));

        assertThat(states(c)).containsOnly(DONE);
        assertThat(c.nextDeadline()).isNull();
        assertThat(c.compliantSoFar()).isTrue();
    }

    @Test
    void onDecember31WithoutAQ4CheckTheDeadlineIsThatDay() {
        ComplianceCalendar c = on(date(12, 31), attended(date(2, 10)), done(date(5, 8)), done(date(8, 8)));

        assertThat(c.quarter(4).state()).isEqualTo(DUE);
        assertThat(c.nextDeadline()).isEqualTo(date(12, 31));
        assertThat(c.compliantSoFar()).as("not yet a breach").isTrue();
    }

    @Test
    void aPastYearHasNothingDueOnlyDoneOrOverdueQuartersAndNoDeadline() {
        ComplianceCalendar c = on(LocalDate.of(YEAR + 1, 1, 10), done(date(2, 10)), planned(date(11, 1)));

        assertThat(states(c)).containsExactly(DONE, OVERDUE, OVERDUE, OVERDUE);
        assertThat(states(c)).doesNotContain(DUE, UPCOMING);
        assertThat(c.nextDeadline()).isNull();
        assertThat(c.attendance()).isEqualTo(Attendance.MISSED);
    }

    @Test
    void checksOfAnotherYearAreIgnored() {
        ComplianceCalendar c = on(MID_Q2, attended(LocalDate.of(YEAR - 1, 12, 31)), attended(LocalDate.of(YEAR + 1, 1, 1)),
                attended(LocalDate.of(YEAR - 1, 2, 10)), planned(LocalDate.of(YEAR + 1, 5, 1)));

        assertThat(states(c)).containsExactly(OVERDUE, DUE, UPCOMING, UPCOMING);
        assertThat(c.attendance()).isEqualTo(Attendance.NOT_YET);
        assertThat(c.quarters()).allSatisfy(q -> {
            assertThat(q.completedChecks()).isZero();
            assertThat(q.plannedChecks()).isZero();
        });
    }

    @Test
    void theSameChecksGiveEachYearItsOwnCalendar() {
        List<CheckFact> checks = List.of(attended(LocalDate.of(2025, 11, 3)), done(LocalDate.of(2026, 2, 3)));
        LocalDate today = LocalDate.of(2026, 2, 4);

        ComplianceCalendar last = ComplianceCalendar.of(2025, today, checks);
        ComplianceCalendar now = ComplianceCalendar.of(2026, today, checks);

        assertThat(states(last)).containsExactly(OVERDUE, OVERDUE, OVERDUE, DONE);
        assertThat(last.attendance()).isEqualTo(Attendance.MET);
        assertThat(states(now)).containsExactly(DONE, UPCOMING, UPCOMING, UPCOMING);
        assertThat(now.attendance()).isEqualTo(Attendance.NOT_YET);
        assertThat(now.nextDeadline()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    // ---- edges ------------------------------------------------------------------------------------------

    @Test
    void aCompletedCheckDatedAheadOfTodayIsTakenAsGiven() {
        ComplianceCalendar c = on(MID_Q2, done(date(8, 1)));

        assertThat(states(c)).containsExactly(OVERDUE, DUE, DONE, UPCOMING);
        assertThat(c.nextDeadline()).isEqualTo(date(6, 30));
        assertThat(on(date(7, 1), done(date(8, 1))).nextDeadline()).as("Q3 needs nothing more").isEqualTo(date(12, 31));
    }

    @Test
    void theCalendarCannotBeChangedThroughItsQuarters() {
        ComplianceCalendar c = on(MID_Q2);

        assertThatThrownBy(() -> c.quarters().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void onlyQuarters1To4CanBeAskedFor() {
        ComplianceCalendar c = on(MID_Q2);

        assertThat(c.quarter(4).quarter()).isEqualTo(new Quarter(YEAR, 4));
        assertThatThrownBy(() -> c.quarter(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.quarter(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCheckWithoutADateCannotBeMade() {
        assertThatThrownBy(() -> new CheckFact(null, Instant.EPOCH, Instant.EPOCH)).isInstanceOf(NullPointerException.class);
    }
}
