package org.selfcheck.catalogue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.entry;

class SeedCatalogueTest {

    static Map<String, StandardFile> seeded;

    @BeforeAll
    static void loadTheSeedFilesThroughTheIndex() {
        List<String> names = StandardFileParser.index(StandardFileParser.read(StandardFileParser.INDEX));
        assertThat(names).containsExactly("GM10-2023.txt", "HG121-2017.txt");
        seeded = names.stream().map(n -> StandardFileParser.load("catalogue/" + n))
                .collect(Collectors.toMap(StandardFile::code, Function.identity()));
    }

    static StandardFile gm10() {
        return seeded.get("GM10-2023");
    }

    static StandardFile hg121() {
        return seeded.get("HG121-2017");
    }

    static ItemLine item(StandardFile file, String article, String itemNo) {
        return file.items().stream().filter(i -> i.article().equals(article) && i.itemNo().equals(itemNo))
                .findFirst().orElseThrow();
    }

    static Map<String, Long> countsByArticle(List<ItemLine> items) {
        return items.stream().collect(Collectors.groupingBy(ItemLine::article, LinkedHashMap::new, Collectors.counting()));
    }

    @Test
    void theTradeAndIndustryStandardHasItsHeader() {
        assertThat(gm10().title()).isEqualTo("工贸企业重大事故隐患判定标准");
        assertThat(gm10().issuer()).isEqualTo("应急管理部令第10号");
        assertThat(gm10().effective()).isEqualTo(LocalDate.of(2023, 5, 15));
        assertThat(gm10().scope()).hasToString("INDUSTRY 13-24,29-40,43,51-52");
    }

    @Test
    void theTradeAndIndustryStandardHas64ItemsInTheOfficialArticleOrder() {
        assertThat(gm10().items()).hasSize(64);
        assertThat(countsByArticle(gm10().items())).containsExactly(
                entry("第三条", 3L), entry("第四条", 8L), entry("第五条", 13L), entry("第六条", 8L), entry("第七条", 7L),
                entry("第八条", 7L), entry("第九条", 2L), entry("第十条", 2L), entry("第十一条", 10L),
                entry("第十二条", 2L), entry("第十三条", 2L));
        assertThat(gm10().items()).extracting(ItemLine::ordinal)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 64).boxed().toList());
    }

    @Test
    void twentySixItemsAwaitTheirTextAndThirtyEightHaveIt() {
        Map<ItemStatus, Long> byStatus = gm10().items().stream()
                .collect(Collectors.groupingBy(ItemLine::status, Collectors.counting()));
        assertThat(byStatus).containsOnly(entry(ItemStatus.VERBATIM, 34L), entry(ItemStatus.UNSURE, 4L),
                entry(ItemStatus.MISSING, 26L));
        assertThat(gm10().items()).filteredOn(ItemLine::hasText).hasSize(38)
                .allSatisfy(i -> assertThat(i.text()).isNotBlank());
        assertThat(gm10().items()).filteredOn(i -> !i.hasText()).allSatisfy(i -> assertThat(i.text()).isNull());
    }

    @Test
    void theMissingItemsAreTheOnesTheReferenceCouldNotFind() {
        assertThat(countsByArticle(gm10().items().stream().filter(i -> i.status() == ItemStatus.MISSING).toList()))
                .containsExactly(entry("第四条", 4L), entry("第五条", 4L), entry("第七条", 3L), entry("第八条", 7L),
                        entry("第九条", 2L), entry("第十一条", 5L), entry("第十三条", 1L));
    }

    @Test
    void theUnsureItemsCarryTheReasonForTheDoubt() {
        assertThat(gm10().items()).filteredOn(i -> i.status() == ItemStatus.UNSURE)
                .extracting(ItemLine::article, ItemLine::itemNo)
                .containsExactly(tuple("第五条", "(四)"),
                        tuple("第五条", "(五)"),
                        tuple("第五条", "(六)"),
                        tuple("第五条", "(七)"));
        assertThat(item(gm10(), "第五条", "(四)").note())
                .isEqualTo("text verbatim from S14 (item 一 there); official number (四) inferred from the order and the "
                        + "13-item count, not seen directly");
        assertThat(item(gm10(), "第五条", "(四)").text()).isEqualTo("采用水冷冷却的冶炼炉窑、铸造机（铝加工深井铸造工艺的结晶器除外）、加热炉未设置应急水源的；");
    }

    @Test
    void aFragmentSeenOfAMissingItemIsKeptAsItsNoteNeverAsItsText() {
        ItemLine confinedSpaceApproval = item(gm10(), "第十三条", "(二)");
        assertThat(confinedSpaceApproval.status()).isEqualTo(ItemStatus.MISSING);
        assertThat(confinedSpaceApproval.text()).isNull();
        assertThat(confinedSpaceApproval.note()).isEqualTo("fragment seen in S6: \"未落实有限空间作业审批，或者未…\"");
        assertThat(item(gm10(), "第四条", "(五)").note()).startsWith("fragment seen in S7: \"高炉生产期间炉顶工作压力");
        assertThat(item(gm10(), "第八条", "(一)").note()).isNull();
    }

    @Test
    void theTextsAreTheStatutoryWordingCharacterForCharacter() {
        // DOMAIN.md quotes these without the list punctuation that ends each item in the official text
        assertThat(item(gm10(), "第三条", "(一)").text())
                .isEqualTo("未对承包单位、承租单位的安全生产工作统一协调、管理，或者未定期进行安全检查的；");
        assertThat(item(gm10(), "第十一条", "(三)").text()).isEqualTo("干式除尘系统未采取泄爆、惰化、抑爆等任一种爆炸防控措施的；");
        assertThat(item(gm10(), "第十三条", "(一)").text())
                .isEqualTo("未对有限空间进行辨识、建立安全管理台账，并且未设置明显的安全警示标志的；");
    }

    @Test
    void everyTextEndsAsTheOfficialListDoesWithFullWidthPunctuation() {
        List<ItemLine> items = gm10().items();
        for (int k = 0; k < items.size(); k++) {
            ItemLine i = items.get(k);
            boolean lastOfArticle = k + 1 == items.size() || !items.get(k + 1).article().equals(i.article());
            if (i.hasText()) {
                assertThat(i.text()).as(i.article() + i.itemNo()).endsWith(lastOfArticle ? "。" : "；")
                        .doesNotContain(",", ";", "(", ")");
            }
        }
    }

    @Test
    void eachArticleAppliesToTheIndustryOrFieldItIsWrittenFor() {
        Map<String, String> rules = gm10().items().stream().collect(Collectors.toMap(ItemLine::article,
                i -> i.applicability().toString(), (a, b) -> a, LinkedHashMap::new));
        assertThat(rules).containsExactly(entry("第三条", "ALL"), entry("第四条", "INDUSTRY 31"),
                entry("第五条", "INDUSTRY 32"), entry("第六条", "INDUSTRY 30"), entry("第七条", "INDUSTRY 33-40,43"),
                entry("第八条", "INDUSTRY 13-15,19-24,29"), entry("第九条", "INDUSTRY 17-18"),
                entry("第十条", "INDUSTRY 16"), entry("第十一条", "FIELD DUST_EXPLOSION"),
                entry("第十二条", "FIELD AMMONIA_REFRIGERATION"), entry("第十三条", "FIELD CONFINED_SPACE"));
    }

    @Test
    void theChemicalsStandardHasTwentySituationsAllWithTextApplyingToEveryCompanyInScope() {
        StandardFile hg = hg121();
        assertThat(hg.title()).isEqualTo("化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）");
        assertThat(hg.issuer()).isEqualTo("安监总管三〔2017〕121号");
        assertThat(hg.effective()).isEqualTo(LocalDate.of(2017, 11, 13));
        assertThat(hg.scope()).hasToString("INDUSTRY 25-28");
        assertThat(hg.items()).hasSize(20).allSatisfy(i -> {
            assertThat(i.status()).isEqualTo(ItemStatus.VERBATIM);
            assertThat(i.text()).isNotBlank().endsWith("。");
            assertThat(i.applicability()).isEqualTo(Applicability.ALL_COMPANIES);
        });
        assertThat(hg.items().get(0).text()).isEqualTo("危险化学品生产、经营单位主要负责人和安全生产管理人员未依法经考核合格。");
        assertThat(hg.items().get(19).itemNo()).isEqualTo("(二十)");
    }
}
