package org.selfcheck.report;

import org.junit.jupiter.api.Test;
import org.selfcheck.report.ReportDiff.Change;

import static org.assertj.core.api.Assertions.assertThat;

class ReportDiffTest {

    static final String SHOWN = """
            {"schema":"s/1","quarter":"2026Q4","attendance":{"year":2026,"state":"NOT_YET","confirmedChecks":[]},
             "checks":[{"id":7,"date":"2026-11-20","principalAttended":false}],
             "hazards":[{"id":11,"description":"除尘器无泄爆","deadline":"2026-11-30","state":"IN_PROGRESS"},
                        {"id":12,"description":"有限空间无警示","deadline":"2026-12-10","state":"PENDING"}]}""";

    @Test
    void theSameContentHasNoChanges() {
        assertThat(ReportDiff.between(SHOWN, SHOWN)).isEmpty();
    }

    @Test
    void changesAreListedBySectionInTheReportsOrderWithEntriesMatchedById() {
        String now = """
                {"schema":"s/1","quarter":"2026Q4","attendance":{"year":2026,"state":"MET","confirmedChecks":["2026-11-20"]},
                 "checks":[{"id":7,"date":"2026-11-20","principalAttended":true}],
                 "hazards":[{"id":12,"description":"有限空间无警示","deadline":"2026-12-10","state":"PENDING"},
                            {"id":11,"description":"除尘器无泄爆","deadline":"2026-12-31","state":"IN_PROGRESS"}]}""";

        assertThat(ReportDiff.between(SHOWN, now)).containsExactly(
                new Change("checks", "2026-11-20", "principalAttended", "false", "true"),
                new Change("hazards", "除尘器无泄爆", "deadline", "2026-11-30", "2026-12-31"),
                new Change("attendance", null, "state", "NOT_YET", "MET"),
                new Change("attendance", null, "confirmedChecks", "", "2026-11-20"));
    }

    @Test
    void anEntryAddedOrRemovedIsShownWhole() {
        String now = """
                {"schema":"s/1","quarter":"2026Q4","attendance":{"year":2026,"state":"NOT_YET","confirmedChecks":[]},
                 "checks":[{"id":7,"date":"2026-11-20","principalAttended":false}],
                 "hazards":[{"id":11,"description":"除尘器无泄爆","deadline":"2026-11-30","state":"IN_PROGRESS"},
                            {"id":13,"description":"液氨管道腐蚀","deadline":null,"state":"PENDING"}]}""";

        assertThat(ReportDiff.between(SHOWN, now)).containsExactly(
                new Change("hazards", "有限空间无警示", null, "有限空间无警示", null),
                new Change("hazards", "液氨管道腐蚀", null, null, "液氨管道腐蚀"));
    }
}
