package org.selfcheck.region;

import org.junit.jupiter.api.Test;
import org.selfcheck.region.RegionRepository.Row;
import org.selfcheck.region.data.RegionDataset;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RegionDirectoryTest {

    private final RegionDirectory directory = directory(List.of(
            new Row("11", "北京市", null, true),
            new Row("1101", "市辖区", "11", true),
            new Row("110101", "东城区", "1101", true),
            new Row("33", "浙江省", null, true),
            new Row("3301", "杭州市", "33", true),
            new Row("330103", "下城区", "3301", false),
            new Row("330105", "拱墅区", "3301", true),
            new Row("330106", "西湖区", "3301", true),
            new Row("41", "河南省", null, true),
            new Row("4190", "省直辖县级行政区划", "41", true),
            new Row("419001", "济源市", "4190", true)));

    private static RegionDirectory directory(List<Row> rows) {
        RegionDirectory d = new RegionDirectory();
        d.repository = new RegionRepository() {
            @Override
            public List<Row> all() {
                return rows;
            }
        };
        return d;
    }

    @Test
    void aCountyIsNamedWithTheDivisionsItLiesIn() {
        assertThat(directory.fullName("330106")).isEqualTo("浙江省杭州市西湖区");
        assertThat(directory.name("330106")).isEqualTo("西湖区");
        assertThat(directory.fullName("3301")).isEqualTo("浙江省杭州市");
        assertThat(directory.fullName("33")).isEqualTo("浙江省");
    }

    @Test
    void thePackagesPlaceholdersForPrefecturesThatAreNoneAreLeftOut() {
        assertThat(directory.fullName("110101")).isEqualTo("北京市东城区");
        assertThat(directory.fullName("419001")).isEqualTo("河南省济源市");
    }

    @Test
    void aCodeTheDirectoryDoesNotKnowIsShownAsItIs() {
        assertThat(directory.fullName("330199")).isEqualTo("330199");
        assertThat(directory.fullName(null)).isEmpty();
    }

    @Test
    void anAbolishedCountyIsStillNamedButNeitherOfferedNorASite() {
        assertThat(directory.fullName("330103")).isEqualTo("浙江省杭州市下城区");
        assertThat(directory.children("3301")).extracting(Region::code).containsExactly("330105", "330106");
        assertThat(directory.isCounty("330103")).isFalse();
        assertThat(directory.isDivision("330103")).isFalse();
    }

    @Test
    void onlyCountiesInUseAreSitesWhileEveryLevelInUseIsAJurisdiction() {
        assertThat(directory.isCounty("330106")).isTrue();
        assertThat(directory.isCounty("3301")).isFalse();
        assertThat(directory.isDivision("3301")).isTrue();
        assertThat(directory.isDivision("33")).isTrue();
        assertThat(directory.children(null)).extracting(Region::name).containsExactly("北京市", "浙江省", "河南省");
    }

    @Test
    void theBundledDatasetNamesEveryCountyWithoutAPlaceholder() {
        List<Row> rows = RegionDataset.bundled().divisions().stream()
                .map(d -> new Row(d.code(), d.name(), d.parentCode(), true)).toList();
        RegionDirectory bundled = directory(rows);
        assertThat(bundled.fullName("500229")).isEqualTo("重庆市城口县");
        assertThat(bundled.fullName("330206")).isEqualTo("浙江省宁波市北仑区");
        assertThat(rows).filteredOn(r -> r.code().length() == 6)
                .allSatisfy(r -> assertThat(bundled.fullName(r.code())).doesNotContain("市辖区", "直辖县级"));
    }

    @Test
    void aSearchMatchesEveryWordOfTheFullNameOrACodePrefixAtTheLevelsAskedWithinAJurisdiction() {
        assertThat(directory.search("杭州 西湖", java.util.Set.of(3), null, 10)).extracting(Region::code).containsExactly("330106");
        assertThat(directory.search("杭州", java.util.Set.of(2, 3), null, 10)).extracting(Region::code)
                .containsExactly("3301", "330105", "330106");
        assertThat(directory.search("3301", java.util.Set.of(3), null, 10)).extracting(Region::code).containsExactly("330105", "330106");
        assertThat(directory.search("区", java.util.Set.of(3), "33", 10)).extracting(Region::code).containsExactly("330105", "330106");
        assertThat(directory.search("", java.util.Set.of(1), null, 2)).extracting(Region::code).containsExactly("11", "33");
        assertThat(directory.search("下城", java.util.Set.of(3), null, 10)).isEmpty();
    }
}
