package org.selfcheck.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuarterTest {

    static final Quarter Q1_2026 = new Quarter(2026, 1);

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    static long days(Quarter q) {
        return ChronoUnit.DAYS.between(q.first(), q.last()) + 1;
    }

    static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    // ---- boundaries -------------------------------------------------------------------------------------

    @Test
    void march31IsTheLastDayOfQ1AndApril1TheFirstOfQ2() {
        assertThat(Quarter.of(date(2026, 3, 31))).isEqualTo(Q1_2026);
        assertThat(Quarter.of(date(2026, 4, 1))).isEqualTo(new Quarter(2026, 2));
        assertThat(Q1_2026.last()).isEqualTo(date(2026, 3, 31));
        assertThat(Q1_2026.next().first()).isEqualTo(date(2026, 4, 1));
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "2, 1", "3, 1", "4, 2", "5, 2", "6, 2", "7, 3", "8, 3", "9, 3", "10, 4", "11, 4", "12, 4"})
    void everyMonthBelongsToItsQuarter(int month, int quarter) {
        assertThat(Quarter.of(date(2026, month, 1))).isEqualTo(new Quarter(2026, quarter));
        assertThat(Quarter.of(date(2026, month, 1).plusMonths(1).minusDays(1))).isEqualTo(new Quarter(2026, quarter));
    }

    @ParameterizedTest
    @CsvSource({"1, 2026-01-01, 2026-03-31", "2, 2026-04-01, 2026-06-30", "3, 2026-07-01, 2026-09-30",
            "4, 2026-10-01, 2026-12-31"})
    void aQuarterRunsFromItsFirstToItsLastDayInclusive(int quarter, LocalDate first, LocalDate last) {
        Quarter q = new Quarter(2026, quarter);

        assertThat(q.first()).isEqualTo(first);
        assertThat(q.last()).isEqualTo(last);
        assertThat(q.contains(first)).isTrue();
        assertThat(q.contains(last)).isTrue();
        assertThat(q.contains(first.minusDays(1))).isFalse();
        assertThat(q.contains(last.plusDays(1))).isFalse();
    }

    @Test
    void december31IsInQ4AndTheQuarterAfter2026Q4Is2027Q1() {
        Quarter q4 = Quarter.of(date(2026, 12, 31));

        assertThat(q4).isEqualTo(new Quarter(2026, 4));
        assertThat(q4.next()).isEqualTo(new Quarter(2027, 1));
        assertThat(Quarter.of(date(2027, 1, 1))).isEqualTo(q4.next());
    }

    @Test
    void theQuarterBefore2026Q1Is2025Q4() {
        assertThat(Q1_2026.previous()).isEqualTo(new Quarter(2025, 4));
        assertThat(new Quarter(2026, 3).previous()).isEqualTo(new Quarter(2026, 2));
    }

    @Test
    void nextAndPreviousUndoEachOther() {
        for (Quarter q = new Quarter(2025, 1); q.compareTo(new Quarter(2029, 1)) < 0; q = q.next()) {
            assertThat(q.next().previous()).isEqualTo(q);
            assertThat(q.next().first()).isEqualTo(q.last().plusDays(1));
        }
    }

    @Test
    void theFourQuartersOfAYearAreInOrderAndCoverItWithoutGaps() {
        List<Quarter> quarters = Quarter.of(2026);

        assertThat(quarters).extracting(Quarter::quarter).containsExactly(1, 2, 3, 4);
        assertThat(quarters).extracting(Quarter::year).containsOnly(2026);
        assertThat(quarters.get(0).first()).isEqualTo(date(2026, 1, 1));
        assertThat(quarters.get(3).last()).isEqualTo(date(2026, 12, 31));
        assertThat(quarters.stream().mapToLong(QuarterTest::days).sum()).isEqualTo(365);
    }

    // ---- leap years -------------------------------------------------------------------------------------

    @Test
    void february29OfALeapYearIsInQ1WhichThenHas91Days() {
        Quarter q1 = new Quarter(2028, 1);

        assertThat(Quarter.of(date(2028, 2, 29))).isEqualTo(q1);
        assertThat(q1.contains(date(2028, 2, 29))).isTrue();
        assertThat(q1.last()).isEqualTo(date(2028, 3, 31));
        assertThat(days(q1)).isEqualTo(91);
        assertThat(days(new Quarter(2027, 1))).isEqualTo(90);
    }

    @Test
    void onlyTheFirstQuarterDependsOnTheLeapYear() {
        assertThat(Quarter.of(2027)).extracting(QuarterTest::days).containsExactly(90L, 91L, 92L, 92L);
        assertThat(Quarter.of(2028)).extracting(QuarterTest::days).containsExactly(91L, 91L, 92L, 92L);
    }

    // ---- report deadline and end ------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"1, 2026-04-15", "2, 2026-07-15", "3, 2026-10-15", "4, 2027-01-15"})
    void theReportIsDueOnThe15thOfTheFollowingQuarter(int quarter, LocalDate deadline) {
        assertThat(new Quarter(2026, quarter).reportDeadline()).isEqualTo(deadline);
    }

    @Test
    void theReportOnQ4IsDueOnJanuary15OfTheNextYear() {
        assertThat(new Quarter(2026, 4).reportDeadline()).isEqualTo(date(2027, 1, 15));
    }

    @Test
    void aQuarterHasEndedOnlyFromTheDayAfterItsLastDay() {
        assertThat(Q1_2026.endedBefore(date(2026, 3, 30))).isFalse();
        assertThat(Q1_2026.endedBefore(date(2026, 3, 31))).isFalse();
        assertThat(Q1_2026.endedBefore(date(2026, 4, 1))).isTrue();
        assertThat(Q1_2026.endedBefore(date(2025, 12, 31))).isFalse();
    }

    // ---- time zone --------------------------------------------------------------------------------------

    @Test
    void theZoneIsChinaStandardTime() {
        assertThat(Quarter.ZONE).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void at1630UtcOnMarch31ItIsAlreadyApril1InChinaSoTheQuarterIsQ2() {
        Clock clock = at("2026-03-31T16:30:00Z");

        assertThat(Quarter.today(clock)).isEqualTo(date(2026, 4, 1));
        assertThat(Quarter.current(clock)).isEqualTo(new Quarter(2026, 2));
        assertThat(Quarter.of(LocalDate.now(clock))).as("what UTC would say").isEqualTo(Q1_2026);
    }

    @Test
    void aSecondBeforeMidnightInChinaItIsStillTheOldQuarter() {
        assertThat(Quarter.current(at("2026-03-31T15:59:59Z"))).isEqualTo(Q1_2026);
        assertThat(Quarter.current(at("2026-03-31T16:00:00Z"))).isEqualTo(new Quarter(2026, 2));
    }

    @Test
    void theNewYearStartsAt1600UtcOnDecember31() {
        assertThat(Quarter.current(at("2026-12-31T15:59:59Z"))).isEqualTo(new Quarter(2026, 4));
        assertThat(Quarter.current(at("2026-12-31T16:00:00Z"))).isEqualTo(new Quarter(2027, 1));
        assertThat(Quarter.today(at("2026-12-31T16:00:00Z"))).isEqualTo(date(2027, 1, 1));
    }

    @Test
    void theClocksOwnZoneDoesNotMatter() {
        Clock utc = at("2026-03-31T16:30:00Z");
        Clock newYork = utc.withZone(ZoneId.of("America/New_York"));

        assertThat(Quarter.today(newYork)).isEqualTo(Quarter.today(utc));
    }

    // ---- text -------------------------------------------------------------------------------------------

    @Test
    void aQuarterIsWrittenLike2026Q1() {
        assertThat(Q1_2026).hasToString("2026Q1");
        assertThat(new Quarter(2027, 4)).hasToString("2027Q4");
    }

    @Test
    void theWrittenFormIsReadBackWithOrWithoutADash() {
        assertThat(Quarter.parse("2026Q1")).isEqualTo(Q1_2026);
        assertThat(Quarter.parse("2026-Q1")).isEqualTo(Q1_2026);
        assertThat(Quarter.parse("2030-Q4")).isEqualTo(new Quarter(2030, 4));
    }

    @Test
    void everyQuarterSurvivesARoundTripThroughText() {
        for (Quarter q = new Quarter(2024, 1); q.year() < 2030; q = q.next()) {
            assertThat(Quarter.parse(q.toString())).isEqualTo(q);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2026Q0", "2026Q5", "2026-Q", "2026", "26Q1", "20260Q1", "2026q1", "2026 Q1", " 2026Q1",
            "2026Q1 ", "2026/Q1", "2026--Q1", "Q1 2026", "2026-1", "2026Q11", "二〇二六Q1", "２０２６Q1"})
    void anythingElseIsRefused(String text) {
        assertThatThrownBy(() -> Quarter.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"2026, 0", "2026, 5", "2026, -1", "0, 1", "10000, 1"})
    void aQuarterOutsideTheCalendarCannotBeMade(int year, int quarter) {
        assertThatThrownBy(() -> new Quarter(year, quarter)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- order ------------------------------------------------------------------------------------------

    @Test
    void quartersSortByYearThenQuarter() {
        List<Quarter> quarters = new ArrayList<>(List.of(new Quarter(2027, 1), new Quarter(2026, 4), Q1_2026,
                new Quarter(2025, 4), new Quarter(2026, 2)));
        Collections.sort(quarters);

        assertThat(quarters).containsExactly(new Quarter(2025, 4), Q1_2026, new Quarter(2026, 2), new Quarter(2026, 4),
                new Quarter(2027, 1));
        assertThat(Q1_2026.compareTo(new Quarter(2026, 1))).isZero();
    }
}
