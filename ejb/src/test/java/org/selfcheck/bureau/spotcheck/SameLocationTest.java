package org.selfcheck.bureau.spotcheck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SameLocationTest {

    @Test
    void equalLocationsAreTheSame() {
        assertThat(SpotCheckJudgment.sameLocation("二车间抛光工位", "二车间抛光工位")).isTrue();
    }

    @Test
    void aLocationContainingTheOtherIsTheSameEitherWayRound() {
        assertThat(SpotCheckJudgment.sameLocation("二车间", "二车间抛光工位")).isTrue();
        assertThat(SpotCheckJudgment.sameLocation("二车间抛光工位", "二车间")).isTrue();
    }

    @Test
    void fullWidthSpacesCountAsOrdinarySpaces() {
        assertThat(SpotCheckJudgment.sameLocation("二车间\u3000抛光工位", "二车间 抛光工位")).isTrue();
    }

    @Test
    void surroundingAndRepeatedWhitespaceIsIgnored() {
        assertThat(SpotCheckJudgment.sameLocation("  二车间 \t\u3000 抛光工位\n", "二车间 抛光工位")).isTrue();
    }

    @Test
    void fullWidthLettersAndDigitsMatchHalfWidthOnesInAnyCase() {
        assertThat(SpotCheckJudgment.sameLocation("Ｂ区２号线（除尘器）", "b区2号线(除尘器)")).isTrue();
    }

    @Test
    void whitespaceInsideALocationIsCollapsedNotRemoved() {
        assertThat(SpotCheckJudgment.sameLocation("二车间   抛光", "二车间 抛光工位")).isTrue();
        assertThat(SpotCheckJudgment.sameLocation("二车间 抛光", "二车间抛光工位")).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" never matches")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000", "\t\n"})
    void aBlankLocationMatchesNothingNotEvenAnotherBlankOne(String blank) {
        assertThat(SpotCheckJudgment.sameLocation(blank, "二车间")).isFalse();
        assertThat(SpotCheckJudgment.sameLocation("二车间", blank)).isFalse();
        assertThat(SpotCheckJudgment.sameLocation(blank, blank)).isFalse();
        assertThat(SpotCheckJudgment.sameLocation(blank, null)).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" is not \"{1}\"")
    @CsvSource({
            "一车间, 二车间",
            "二车间抛光工位, 二车间喷涂工位",
            "A区, B区"})
    void differentLocationsAreNotTheSame(String a, String b) {
        assertThat(SpotCheckJudgment.sameLocation(a, b)).isFalse();
    }
}
