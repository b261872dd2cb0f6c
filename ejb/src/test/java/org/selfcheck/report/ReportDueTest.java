package org.selfcheck.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The report on 2026Q3 is due on 2026-10-15 (China): signed on time, signed late, due or overdue. */
class ReportDueTest {

    private static final LocalDate DUE = LocalDate.of(2026, 10, 15);

    @ParameterizedTest(name = "today {0}, first signed {1}: {2}")
    @CsvSource({
            // signed on the due day up to its last second in China is on time; a second later is late
            "2026-11-02, 2026-10-15T15:59:59Z, SIGNED_ON_TIME",
            "2026-11-02, 2026-10-15T16:00:00Z, SIGNED_LATE",
            "2026-10-03, 2026-10-02T01:00:00Z, SIGNED_ON_TIME",
            // what counts is the signing day, not today's
            "2027-03-01, 2026-10-14T08:00:00Z, SIGNED_ON_TIME",
            // not signed: due up to and on the 15th, overdue from the 16th
            "2026-10-15, , DUE",
            "2026-10-16, , OVERDUE"})
    void theStateIsDecidedByTheDayOfTheFirstSignatureInChina(LocalDate today, String signedAt, String state) {
        Instant signed = signedAt == null ? null : Instant.parse(signedAt);
        ReportDue due = ReportDue.of("2026Q3", DUE, today, signed == null ? null : 7L, signed);
        assertThat(due.state()).isEqualTo(state);
        assertThat(due.reportId()).isEqualTo(signed == null ? null : 7L);
        assertThat(due.signedAt()).isEqualTo(signed);
    }
}
