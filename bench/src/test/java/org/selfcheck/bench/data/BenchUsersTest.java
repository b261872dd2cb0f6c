package org.selfcheck.bench.data;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchUsersTest {

    @Test
    void the_sample_spreads_over_the_counties_and_names_each_companys_logins() {
        ProvinceData data = ProvinceDataTest.data(2026, 3000);
        JsonObject users = BenchUsers.json(data, 200);
        List<JsonObject> companies = users.getJsonArray("companyUsers").getValuesAs(JsonValue::asJsonObject);
        assertThat(companies).hasSize(200);
        assertThat(companies.get(0).getString("regionCode")).isEqualTo("330106");
        Set<String> counties = new HashSet<>();
        for (JsonObject c : companies) {
            counties.add(c.getString("regionCode"));
            String code = c.getString("companyCode").toLowerCase();
            assertThat(c.getJsonArray("users").getValuesAs(JsonValue::asJsonObject)).extracting(u -> u.getString("username"))
                    .containsExactly("bm-" + code + "-principal", "bm-" + code + "-manager", "bm-" + code + "-member");
        }
        assertThat(counties).hasSizeGreaterThan(80);
        assertThat(users.getJsonArray("officers").getValuesAs(JsonValue::asJsonObject)).extracting(o -> o.getString("username"))
                .containsExactly("bm-officer-33", "bm-officer-3301", "bm-officer-330106");
        assertThat(BenchUsers.json(data, 200)).isEqualTo(users);
    }

    @Test
    void the_command_line_needs_url_and_user_and_knows_its_options() {
        assertThat(GenerateMain.options(new String[] {"--url", "jdbc:postgresql://h/db", "--user", "u", "--companies", "5",
                "--milestones"})).containsEntry("--companies", "5").containsEntry("--milestones", "true");
        assertThatThrownBy(() -> GenerateMain.options(new String[] {"--user", "u"})).hasMessageContaining("--url");
        assertThatThrownBy(() -> GenerateMain.options(new String[] {"--url", "x", "--user", "u", "--bogus", "1"}))
                .hasMessageContaining("--bogus");
    }
}
