package org.selfcheck.reminder;

import org.junit.jupiter.api.Test;
import org.selfcheck.reminder.ReminderCalendar.Kind;
import org.selfcheck.reminder.ReminderCalendar.Occasion;
import org.selfcheck.shared.Quarter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reminders' days on worked dates, with DOMAIN.md's defaults and the report due on the 15th. */
class ReminderCalendarTest {

    private final ReminderCalendar calendar = new ReminderCalendar(ReminderCalendar.DEFAULTS, 15);

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    /** Every day of a span on which {@code reminder} falls due. */
    private static List<LocalDate> days(String from, String to, java.util.function.Function<LocalDate, Optional<Occasion>> reminder) {
        return Stream.iterate(d(from), day -> !day.isAfter(d(to)), day -> day.plusDays(1))
                .filter(day -> reminder.apply(day).isPresent()).toList();
    }

    @Test
    void aQuartersCheckIsRemindedOf14And3DaysBeforeItsLastDayAndNotOnIt() {
        assertThat(days("2026-10-01", "2027-01-05", calendar::check)).containsExactly(d("2026-12-17"), d("2026-12-28"));
        assertThat(calendar.check(d("2026-12-28"))).contains(new Occasion(Kind.CHECK_DUE, d("2026-12-31"), 3));
        // a short quarter: Q1 of a year that is no leap year ends on 31 March
        assertThat(days("2027-01-01", "2027-03-31", calendar::check)).containsExactly(d("2027-03-17"), d("2027-03-28"));
    }

    @Test
    void aReportIsRemindedOfFiveDaysBeforeItsDueDayOnItAndTheDayAfterAndOnlyInTheNextQuartersFirstMonth() {
        assertThat(days("2026-12-15", "2027-03-31", calendar::report))
                .containsExactly(d("2027-01-10"), d("2027-01-15"), d("2027-01-16"));
        assertThat(calendar.report(d("2027-01-16"))).contains(new Occasion(Kind.REPORT_UNSIGNED, d("2027-01-15"), -1));
        assertThat(calendar.reportQuarter(d("2027-01-16"))).isEqualTo(new Quarter(2026, 4));
        // a province's own day
        assertThat(days("2027-04-01", "2027-04-30", day -> new ReminderCalendar(ReminderCalendar.DEFAULTS, 10).report(day)))
                .containsExactly(d("2027-04-05"), d("2027-04-10"), d("2027-04-11"));
        assertThatThrownBy(() -> new ReminderCalendar(ReminderCalendar.DEFAULTS, 31)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDayInChinaDecidesAcrossTheUtcBoundaryAtYearEnd() {
        // 16:30 UTC on 9 January is half past midnight on the 10th in China: five days before the 15th
        Clock clock = Clock.fixed(Instant.parse("2027-01-09T16:30:00Z"), ZoneOffset.UTC);
        assertThat(calendar.report(Quarter.today(clock))).contains(new Occasion(Kind.REPORT_UNSIGNED, d("2027-01-15"), 5));
        assertThat(calendar.report(LocalDate.now(clock))).as("the server's date would miss it").isEmpty();
        // and the last evening of the year in UTC is already Q1's first day in China: Q4's check is past
        Clock newYear = Clock.fixed(Instant.parse("2026-12-31T16:30:00Z"), ZoneOffset.UTC);
        assertThat(Quarter.of(Quarter.today(newYear))).isEqualTo(new Quarter(2027, 1));
        assertThat(calendar.check(Quarter.today(newYear))).isEmpty();
    }

    @Test
    void aRemediationDeadlineIsRemindedOf7And1DaysBeforeAndTheDayAfterItPassed() {
        assertThat(days("2026-12-01", "2027-01-31", day -> calendar.remediation(d("2027-01-02"), day)))
                .containsExactly(d("2026-12-26"), d("2027-01-01"), d("2027-01-03"));
        // a deadline that passed yesterday: today is its one reminder after the fact
        assertThat(calendar.remediation(d("2026-12-01"), d("2026-12-02")))
                .contains(new Occasion(Kind.REMEDIATION_DEADLINE, d("2026-12-01"), -1));
        // an extension moves the deadline: the reminders follow the new one, never the old
        assertThat(calendar.remediation(d("2027-01-20"), d("2027-01-01"))).isEmpty();
        assertThat(calendar.remediation(d("2027-01-20"), d("2027-01-13"))).isPresent();
    }

    @Test
    void thePrincipalsAttendanceIsRemindedOfOnTheFirstOfEachMonthOfQ4() {
        assertThat(days("2026-01-01", "2026-12-31", calendar::attendance))
                .containsExactly(d("2026-10-01"), d("2026-11-01"), d("2026-12-01"));
        assertThat(calendar.attendance(d("2026-11-01"))).contains(new Occasion(Kind.ATTENDANCE_MISSING, d("2026-12-31"), 60));
    }

    @Test
    void anExtensionWaitingForThePrincipalIsRemindedOfOnceAfterTwoDays() {
        assertThat(days("2026-12-01", "2026-12-31", day -> calendar.extension(d("2026-12-30"), day))).isEmpty();
        assertThat(days("2026-12-01", "2027-01-31", day -> calendar.extension(d("2026-12-30"), day))).containsExactly(d("2027-01-01"));
        assertThatThrownBy(() -> new ReminderCalendar.Offsets(List.of(), List.of(), List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
