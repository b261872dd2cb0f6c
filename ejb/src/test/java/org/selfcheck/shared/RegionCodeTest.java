package org.selfcheck.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionCodeTest {

    @ParameterizedTest
    @CsvSource({"3301a6,regionCode.format", "33010,regionCode.format", "3301066,regionCode.format",
            "990106,regionCode.unknown", "330006,regionCode.unknown", "'',regionCode.required"})
    void rejectsMalformedAndUnknownCodes(String text, String key) {
        assertThatThrownBy(() -> RegionCode.of(text)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKeysByField()).containsEntry("regionCode", key));
    }

    @Test
    void aSiteIsWithinTheJurisdictionsWhosePrefixItStartsWith() {
        RegionCode site = RegionCode.of("330106");
        assertThat(site.isWithin("33")).isTrue();
        assertThat(site.isWithin("3301")).isTrue();
        assertThat(site.isWithin("330106")).isTrue();
        assertThat(site.isWithin("330206")).isFalse();
        assertThat(site.isWithin("3302")).isFalse();
        assertThat(site.isWithin("3")).isFalse();
        assertThat(site.isWithin("")).isFalse();
        assertThat(site.isWithin(null)).isFalse();
    }

    @Test
    void aPrefectureWithoutCountiesIsAValidSite() {
        assertThat(RegionCode.of("441900").value()).isEqualTo("441900");
    }
}
