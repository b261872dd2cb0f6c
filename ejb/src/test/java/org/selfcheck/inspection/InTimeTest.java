package org.selfcheck.inspection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selfcheck.shared.Quarter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ended periods are final, on worked examples at the boundaries, written in China's offset (+08:00) or in UTC where
 * the two days differ. The same examples are run through the SQL functions of migration V13 in the database by
 * {@code CheckApiIT.theSqlOfTheOverviewSummariesDecidesAsInTimeOnTheSameWorkedExamples}: change both together.
 */
class InTimeTest {

    static Instant at(String text) {
        return text == null || text.isBlank() ? null : OffsetDateTime.parse(text).toInstant();
    }

    // ---- R3: a check covers its quarter only if completed before the quarter ended in China -------------------

    @ParameterizedTest(name = "a check of {0} completed at {1}: covers {2}")
    @CsvSource({
            "2026-09-20, 2026-09-30T23:59:59+08:00, true",
            "2026-09-20, 2026-10-01T00:00:00+08:00, false",
            // the same instant in UTC: still 30 September there, already 1 October in China
            "2026-09-20, 2026-09-30T16:00:00Z,      false",
            "2026-09-20, 2026-09-30T15:59:59Z,      true",
            "2026-09-30, 2026-09-30T23:59:59.999999+08:00, true",
            "2026-07-01, 2026-07-01T00:00:00+08:00, true",
            // Q4 ends with the year
            "2026-12-31, 2026-12-31T23:59:59+08:00, true",
            "2026-12-31, 2027-01-01T00:00:00+08:00, false",
            // 00:30 on 1 April in China is 31 March in UTC: too late for Q1
            "2026-03-31, 2026-03-31T16:30:00Z,      false",
            "2026-02-10, 2026-05-15T10:00:00+08:00, false",
    })
    void aCheckCoversItsQuarterOnlyIfCompletedBeforeTheQuarterEndedInChina(LocalDate date, String completedAt,
                                                                          boolean covers) {
        assertThat(InTime.covers(date, at(completedAt))).isEqualTo(covers);
        assertThat(InTime.completedLate(date, at(completedAt))).as("a completed check either covers or is late")
                .isEqualTo(!covers);
    }

    @Test
    void aCheckNotCompletedNeitherCoversNorIsLate() {
        LocalDate date = LocalDate.of(2026, 9, 20);

        assertThat(InTime.covers(date, null)).isFalse();
        assertThat(InTime.completedLate(date, null)).isFalse();
    }

    @Test
    void aQuarterEndsAtMidnightInChinaWhichIs16InUtc() {
        assertThat(new Quarter(2026, 3).end()).isEqualTo(Instant.parse("2026-09-30T16:00:00Z"));
        assertThat(new Quarter(2026, 4).end()).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
        assertThat(new Quarter(2026, 1).end()).isEqualTo(Instant.parse("2026-03-31T16:00:00Z"));
        assertThat(InTime.endOfYear(2026)).isEqualTo(new Quarter(2026, 4).end());
    }

    // ---- R5: the principal's attendance counts only if proven within the year --------------------------------

    @ParameterizedTest(name = "a check of {0} completed at {1}, confirmed at {2}: counts {3}")
    @CsvSource({
            "2026-11-20, 2026-11-20T10:00:00+08:00, 2026-12-31T23:59:59+08:00, true",
            "2026-11-20, 2026-11-20T10:00:00+08:00, 2027-01-01T00:00:00+08:00, false",
            "2026-11-20, 2026-11-20T10:00:00+08:00, 2026-12-31T16:00:00Z,      false",
            "2026-11-20, 2026-11-20T10:00:00+08:00, 2026-12-31T15:59:59Z,      true",
            // confirmed in time, but the check was completed only after the year: nothing proved it at the year's end
            "2026-12-20, 2027-01-03T09:00:00+08:00, 2026-12-21T09:00:00+08:00, false",
            // confirmed before the check was completed, both within the year
            "2026-12-20, 2026-12-28T09:00:00+08:00, 2026-12-21T09:00:00+08:00, true",
            // late for its quarter (R3) but within the year: the attendance counts all the same
            "2026-03-10, 2026-04-02T09:00:00+08:00, 2026-04-02T10:00:00+08:00, true",
            "2026-11-20, ,                          2026-11-20T10:00:00+08:00, false",
            "2026-11-20, 2026-11-20T10:00:00+08:00, ,                          false",
    })
    void thePrincipalsAttendanceCountsOnlyIfConfirmedAndCompletedWithinTheYear(LocalDate date, String completedAt,
                                                                              String confirmedAt, boolean counts) {
        Instant completed = at(completedAt);
        Instant confirmed = at(confirmedAt);

        assertThat(InTime.attends(date, completed, confirmed)).isEqualTo(counts);
        assertThat(InTime.attendanceLate(date, completed, confirmed)).as("kept, shown as late, not counted")
                .isEqualTo(completed != null && confirmed != null && !counts);
    }

    @ParameterizedTest(name = "a check of {0} confirmed at {1}: confirmed late {2}")
    @CsvSource({
            "2026-11-20, 2026-12-31T23:59:59+08:00, false",
            "2026-11-20, 2027-01-01T00:00:00+08:00, true",
            "2026-11-20, 2026-12-31T16:00:00Z,      true",
            "2026-01-01, 2026-01-01T00:00:00+08:00, false",
    })
    void aConfirmationAfterTheYearOfTheCheckIsLate(LocalDate date, String confirmedAt, boolean late) {
        assertThat(InTime.confirmedLate(date, at(confirmedAt))).isEqualTo(late);
    }

    @Test
    void noConfirmationIsNotALateOne() {
        assertThat(InTime.confirmedLate(LocalDate.of(2026, 11, 20), null)).isFalse();
    }

    // ---- the facts the calendar and the summaries ask ---------------------------------------------------------

    @Test
    void aCheckFactAnswersWithTheRule() {
        CheckFact late = new CheckFact(LocalDate.of(2026, 9, 20), at("2026-10-01T00:00:00+08:00"),
                at("2026-10-01T00:00:00+08:00"));
        CheckFact inTime = new CheckFact(LocalDate.of(2026, 9, 20), at("2026-09-30T23:59:59+08:00"), null);

        assertThat(late.completed()).isTrue();
        assertThat(late.coversQuarter()).isFalse();
        assertThat(late.completedLate()).isTrue();
        assertThat(late.attendedByPrincipal()).as("within 2026 all the same").isTrue();
        assertThat(inTime.coversQuarter()).isTrue();
        assertThat(inTime.completedLate()).isFalse();
        assertThat(inTime.attendedByPrincipal()).isFalse();
        assertThat(inTime.attendanceLate()).isFalse();
    }
}
