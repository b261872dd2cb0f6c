package org.selfcheck.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfcheck.company.SpecialField;
import org.selfcheck.shared.InvalidInputException;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.selfcheck.company.SpecialField.AMMONIA_REFRIGERATION;
import static org.selfcheck.company.SpecialField.CONFINED_SPACE;
import static org.selfcheck.company.SpecialField.DUST_EXPLOSION;

class ApplicabilityTest {

    static final StandardFile GM10 = StandardFileParser.load("catalogue/GM10-2023.txt");
    static final StandardFile HG121 = StandardFileParser.load("catalogue/HG121-2017.txt");

    static List<String> articles(List<ItemLine> items) {
        return items.stream().map(ItemLine::article).distinct().toList();
    }

    @Test
    void aMetallurgyCompanyGetsTheManagementAndMetallurgyArticlesOnly() {
        List<ItemLine> items = GM10.applicableTo("C3120", Set.of());
        assertThat(articles(items)).containsExactly("第三条", "第四条");
        assertThat(items).hasSize(11);
    }

    @Test
    void aMachineryCompanyWithDustAndConfinedSpacesGetsThoseSpecialArticlesToo() {
        List<ItemLine> items = GM10.applicableTo("C3311", EnumSet.of(DUST_EXPLOSION, CONFINED_SPACE));
        assertThat(articles(items)).containsExactly("第三条", "第七条", "第十一条", "第十三条");
        assertThat(items).hasSize(3 + 7 + 10 + 2);
        assertThat(items).extracting(ItemLine::ordinal).isSorted();
    }

    @Test
    void divisionFortyThreeIsMachinery() {
        assertThat(articles(GM10.applicableTo("C4320", Set.of()))).containsExactly("第三条", "第七条");
        assertThat(articles(GM10.applicableTo("43", Set.of(AMMONIA_REFRIGERATION))))
                .containsExactly("第三条", "第七条", "第十二条");
    }

    @Test
    void aChemicalsCompanyIsOutsideTheTradeStandardEvenWithASpecialFieldAndGetsTheChemicalsSituations() {
        Set<SpecialField> all = EnumSet.allOf(SpecialField.class);
        assertThat(GM10.inScope("C2614")).isFalse();
        assertThat(GM10.applicableTo("C2614", all)).isEmpty();
        assertThat(HG121.inScope("C2614")).isTrue();
        assertThat(HG121.applicableTo("C2614", all)).hasSize(20);
        assertThat(HG121.applicableTo("C3120", Set.of())).isEmpty();
    }

    @Test
    void aTradingCompanyInScopeWithoutAnIndustryArticleGetsTheManagementArticle() {
        assertThat(articles(GM10.applicableTo("F5121", Set.of()))).containsExactly("第三条");
    }

    @Test
    void theCodeIsReadWithOrWithoutItsSectionLetterAndAtAnyLevel() {
        Applicability machinery = Applicability.parse("INDUSTRY 33-40,43");
        assertThat(machinery.appliesTo("C3311", Set.of())).isTrue();
        assertThat(machinery.appliesTo("3311", Set.of())).isTrue();
        assertThat(machinery.appliesTo("c40", Set.of())).isTrue();
        assertThat(machinery.appliesTo("C331", Set.of())).isTrue();
        assertThat(machinery.appliesTo("C4110", Set.of())).isFalse();
        assertThat(machinery.appliesTo("C3211", Set.of())).isFalse();
    }

    @Test
    void aFieldRuleNeedsTheFieldAndNoFieldsMeansNone() {
        Applicability dust = Applicability.parse("FIELD DUST_EXPLOSION");
        assertThat(dust.appliesTo("C3311", Set.of(DUST_EXPLOSION))).isTrue();
        assertThat(dust.appliesTo("C3311", Set.of(CONFINED_SPACE))).isFalse();
        assertThat(dust.appliesTo("C3311", null)).isFalse();
    }

    @Test
    void aMalformedIndustryCodeIsAnErrorNotAnEmptyChecklist() {
        assertThatThrownBy(() -> GM10.applicableTo("X1", Set.of())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKeysByField()).containsEntry("industryCode", "industryCode.format"));
        assertThatThrownBy(() -> Applicability.ALL_COMPANIES.appliesTo(null, Set.of()))
                .isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ALL", "INDUSTRY 31", "INDUSTRY 13-15,19-24,29", "INDUSTRY 01-97", "INDUSTRY 06",
            "FIELD DUST_EXPLOSION", "FIELD AMMONIA_REFRIGERATION", "FIELD CONFINED_SPACE"})
    void theFileSyntaxSurvivesARoundTrip(String text) {
        Applicability parsed = Applicability.parse(text);
        assertThat(parsed).hasToString(text);
        assertThat(Applicability.parse(parsed.toString())).isEqualTo(parsed);
    }

    @Test
    void surroundingBlanksAreIgnored() {
        assertThat(Applicability.parse("  INDUSTRY 31 ")).isEqualTo(Applicability.industries(
                new Applicability.DivisionRange(31, 31)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "all", "ANY", "ALL 31", "INDUSTRY", "INDUSTRY ", "INDUSTRY 3", "INDUSTRY 331",
            "INDUSTRY 40-33", "INDUSTRY 33-40, 43", "INDUSTRY 33-40,", "INDUSTRY 00", "INDUSTRY 98", "INDUSTRY C33",
            "industry 31", "FIELD", "FIELD DUST", "FIELD dust_explosion", "FIELD DUST_EXPLOSION,CONFINED_SPACE"})
    void badSyntaxIsRejectedWithAMessageSayingWhatWasExpected(String text) {
        assertThatThrownBy(() -> Applicability.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageFindingMatch("ALL|division|special field|empty");
    }

    @Test
    void nullIsRejectedLikeAnEmptyRule() {
        assertThatThrownBy(() -> Applicability.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
