package org.selfcheck.bureau.spotcheck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.selfcheck.bureau.spotcheck.SpotChecks.d;

class PeriodTest {

    @ParameterizedTest(name = "inspection on {0}: {1} to {2}")
    @CsvSource({
            "2026-05-20, 2026-01-01, 2026-05-19",
            "2026-04-01, 2026-01-01, 2026-03-31",
            "2026-03-31, 2025-10-01, 2026-03-30",
            "2026-01-01, 2025-10-01, 2025-12-31",
            "2026-01-15, 2025-10-01, 2026-01-14",
            "2026-12-31, 2026-07-01, 2026-12-30",
            "2024-03-01, 2023-10-01, 2024-02-29"})
    void thePeriodRunsFromThePreviousQuartersFirstDayToTheDayBeforeTheInspection(LocalDate inspection, LocalDate from,
                                                                                 LocalDate to) {
        assertThat(SpotCheckJudgment.period(inspection)).isEqualTo(new Period(from, to));
    }

    @Test
    void anInspectionOnTheFirstDayOfAQuarterLooksBackOnExactlyThePreviousQuarter() {
        Period period = SpotCheckJudgment.period(d(2026, 7, 1));

        assertThat(period).isEqualTo(new Period(d(2026, 4, 1), d(2026, 6, 30)));
    }

    @Test
    void anInspectionInJanuaryLooksBackOnTheFourthQuarterOfThePreviousYear() {
        Period period = SpotCheckJudgment.period(d(2026, 1, 1));

        assertThat(period.from()).isEqualTo(d(2025, 10, 1));
        assertThat(period.to()).isEqualTo(d(2025, 12, 31));
    }

    @Test
    void containsBothEndDaysAndNothingOutside() {
        Period period = new Period(d(2026, 1, 1), d(2026, 5, 19));

        assertThat(period.contains(d(2026, 1, 1))).isTrue();
        assertThat(period.contains(d(2026, 5, 19))).isTrue();
        assertThat(period.contains(d(2025, 12, 31))).isFalse();
        assertThat(period.contains(d(2026, 5, 20))).isFalse();
    }

    @Test
    void aOneDayPeriodContainsItsDay() {
        assertThat(new Period(d(2026, 1, 1), d(2026, 1, 1)).contains(d(2026, 1, 1))).isTrue();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRejected() {
        assertThatThrownBy(() -> new Period(d(2026, 1, 2), d(2026, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "[{0}, {1}] overlaps 2026-01-01..2026-05-19: {2}")
    @CsvSource({
            "2025-01-01,           , true",
            "2025-01-01, 2026-01-02, true",
            "2025-01-01, 2026-01-01, true",
            "2025-01-01, 2025-12-31, false",
            "2025-01-01, 2025-12-01, false",
            "2026-05-19,           , true",
            "2026-05-19, 2026-05-19, true",
            "2026-05-20,           , false",
            "2026-02-10, 2026-03-01, true",
            "2026-03-01, 2026-03-01, true",
            "2026-03-01, 2026-02-28, false"})
    void overlapsTakesTheTermsLastDayAsIncludedAndATermReplacedOnItsFirstDayAsNoDay(LocalDate start, LocalDate end,
                                                                                  boolean overlaps) {
        Period period = new Period(d(2026, 1, 1), d(2026, 5, 19));

        assertThat(period.overlaps(start, end)).isEqualTo(overlaps);
    }
}
