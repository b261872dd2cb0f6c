package org.selfcheck.company;

import org.junit.jupiter.api.Test;
import org.selfcheck.shared.InvalidInputException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompanyProfileTest {

    private static final java.util.function.Predicate<String> ANY_SITE = code -> true;

    static CompanyProfileInput valid() {
        return new CompanyProfileInput("91330106MA27Y1A30W", " 杭州西湖精细化工有限公司 ", "330106", "c2614",
                "有机化学原料制造", true, "GRADE_2", "杭州市西湖区", List.of("CONFINED_SPACE", "DUST_EXPLOSION"), null);
    }

    @Test
    void aValidInputIsNormalised() {
        CompanyProfile p = CompanyProfile.from(valid(), ANY_SITE);
        assertThat(p.name()).isEqualTo("杭州西湖精细化工有限公司");
        assertThat(p.industryCode().value()).isEqualTo("C2614");
        assertThat(p.industryCode().division()).isEqualTo(26);
        assertThat(p.grade()).isEqualTo(StandardisationGrade.GRADE_2);
        assertThat(p.specialFields()).containsExactlyInAnyOrder(SpecialField.CONFINED_SPACE, SpecialField.DUST_EXPLOSION);
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        CompanyProfileInput bad = new CompanyProfileInput("91330106MA27Y1A30X", "", "33", "X1", null, null,
                "GRADE_9", "x".repeat(301), List.of("FIREWORKS"), null);
        assertThatThrownBy(() -> CompanyProfile.from(bad, ANY_SITE)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKeysByField())
                        .containsEntry("creditCode", "creditCode.checkCharacter")
                        .containsEntry("name", "name.required")
                        .containsEntry("regionCode", "regionCode.format")
                        .containsEntry("industryCode", "industryCode.format")
                        .containsEntry("industryName", "industryName.required")
                        .containsEntry("highRisk", "highRisk.required")
                        .containsEntry("standardisationGrade", "grade.unknown")
                        .containsEntry("address", "address.length")
                        .containsEntry("specialFields", "specialField.unknown")
                        .hasSize(9));
    }

    @Test
    void theAddressIsOptional() {
        CompanyProfileInput in = valid();
        CompanyProfileInput noAddress = new CompanyProfileInput(in.creditCode(), in.name(), in.regionCode(),
                in.industryCode(), in.industryName(), in.highRisk(), in.standardisationGrade(), "  ", null, null);
        assertThat(CompanyProfile.from(noAddress, ANY_SITE).address()).isNull();
        assertThat(CompanyProfile.from(noAddress, ANY_SITE).specialFields()).isEmpty();
    }

    @Test
    void aWellFormedCodeTheRegionDirectoryDoesNotKnowIsReportedWithTheOtherErrors() {
        CompanyProfileInput in = valid();
        CompanyProfileInput abolished = new CompanyProfileInput(in.creditCode(), "", "330104", in.industryCode(),
                in.industryName(), in.highRisk(), in.standardisationGrade(), null, null, null);
        assertThatThrownBy(() -> CompanyProfile.from(abolished, code -> !code.equals("330104")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKeysByField()).containsEntry("regionCode", "regionCode.notCounty")
                            .containsEntry("name", "name.required").hasSize(2);
                    assertThat(e.errors()).anySatisfy(f -> assertThat(f.arguments()).containsExactly("330104"));
                });
    }
}
