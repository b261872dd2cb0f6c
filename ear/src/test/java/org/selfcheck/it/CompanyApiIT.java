package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The company REST API against the real server, database and identity provider. */
@ExtendWith(ArquillianExtension.class)
class CompanyApiIT {

    static final String HANGZHOU_XIHU = "330106";
    static final String NINGBO_BEILUN = "330206";

    @Test
    void withoutATokenTheApiAnswers401() {
        assertThat(Api.anonymous().get("/api/companies/mine").status()).isEqualTo(401);
    }

    @Test
    void theReadinessCheckAndTheOpenApiDocumentNeedNoLogin() {
        // MicroProfile Health on the management interface: the deployment's readiness among the server's own
        Api.Answer ready = Api.anonymous().getAbsolute(Deployments.READINESS);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("status").asText()).isEqualTo("UP");
        Map<String, String> checks = new HashMap<>();
        ready.json().get("checks").forEach(c -> checks.put(c.get("name").asText(), c.get("status").asText()));
        assertThat(checks).containsEntry("ready-deployment.selfcheck.ear.selfcheck-web.war", "UP").containsEntry("server-state", "UP");
        assertThat(Api.anonymous().get("/health/ready").status()).as("no health servlet on the public interface").isNotEqualTo(200);
        assertThat(Api.anonymous().get("/openapi").body()).contains("/api/companies/{creditCode}");
    }

    @Test
    void aManagerRegistersHisCompanyThenUpdatesIt() {
        String code = TestCompanies.newCreditCode(HANGZHOU_XIHU);
        Api manager = Api.as(Keycloak.newCompanyUser("safety-manager", code));
        assertThat(manager.get("/api/companies/mine").status()).isEqualTo(404);

        Api.Answer registered = manager.put("/api/companies/mine", TestCompanies.profileJson(code, "西湖测试化工有限公司", HANGZHOU_XIHU, null));
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().get("creditCode").asText()).isEqualTo(code);

        JsonNode mine = manager.get("/api/companies/mine").json();
        assertThat(mine.get("name").asText()).isEqualTo("西湖测试化工有限公司");
        assertThat(mine.get("regionCode").asText()).isEqualTo(HANGZHOU_XIHU);
        assertThat(mine.get("standardisationGrade").asText()).isEqualTo("GRADE_2");

        Api.Answer updated = manager.put("/api/companies/" + code,
                TestCompanies.profileJson(code, "西湖测试化工股份有限公司", HANGZHOU_XIHU, mine.get("version").asLong()));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(manager.get("/api/companies/" + code).json().get("name").asText()).isEqualTo("西湖测试化工股份有限公司");
    }

    @Test
    void anUpdateBasedOnAnOldVersionIsRefusedAndChangesNothing() {
        String code = TestCompanies.newCreditCode(HANGZHOU_XIHU);
        Api manager = Api.as(Keycloak.newCompanyUser("safety-manager", code));
        long v0 = manager.put("/api/companies/mine", TestCompanies.profileJson(code, "版本一", HANGZHOU_XIHU, null)).json().get("version").asLong();
        assertThat(manager.put("/api/companies/mine", TestCompanies.profileJson(code, "版本二", HANGZHOU_XIHU, v0)).status()).isEqualTo(200);

        Api.Answer stale = manager.put("/api/companies/mine", TestCompanies.profileJson(code, "过时的修改", HANGZHOU_XIHU, v0));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("message").asText()).contains("已被他人修改");
        assertThat(manager.get("/api/companies/mine").json().get("name").asText()).isEqualTo("版本二");
    }

    @Test
    void savingACompanyIsRecordedInItsHistoryThroughJmsAndCamel() {
        String code = TestCompanies.newCreditCode(HANGZHOU_XIHU);
        Keycloak.User user = Keycloak.newCompanyUser("safety-manager", code);
        Api manager = Api.as(user);
        manager.put("/api/companies/mine", TestCompanies.profileJson(code, "事件测试有限公司", HANGZHOU_XIHU, null));
        manager.put("/api/companies/mine", TestCompanies.profileJson(code, "事件测试股份有限公司", HANGZHOU_XIHU, null));

        List<String> types = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            types.clear();
            manager.get("/api/companies/" + code + "/events").json().forEach(e -> types.add(e.get("type").asText()));
            assertThat(types).containsExactly("COMPANY_UPDATED", "COMPANY_REGISTERED");
        });
        JsonNode latest = manager.get("/api/companies/" + code + "/events").json().get(0);
        assertThat(latest.get("actor").asText()).isEqualTo(user.username());
    }

    @Test
    void aManagerCanNeitherReadNorChangeAnotherCompany() {
        String first = TestCompanies.newCreditCode(HANGZHOU_XIHU);
        String second = TestCompanies.newCreditCode(NINGBO_BEILUN);
        Api manager1 = Api.as(Keycloak.newCompanyUser("safety-manager", first));
        Api manager2 = Api.as(Keycloak.newCompanyUser("safety-manager", second));
        manager1.put("/api/companies/mine", TestCompanies.profileJson(first, "甲公司", HANGZHOU_XIHU, null));

        Api.Answer read = manager2.get("/api/companies/" + first);
        Api.Answer change = manager2.put("/api/companies/" + first, TestCompanies.profileJson(first, "被篡改", HANGZHOU_XIHU, null));
        Api.Answer history = manager2.get("/api/companies/" + first + "/events");
        Api.Answer viaMine = manager2.put("/api/companies/mine", TestCompanies.profileJson(first, "被篡改", HANGZHOU_XIHU, null));

        assertThat(read.status()).isEqualTo(403);
        assertThat(read.json().get("code").asText()).isEqualTo("access.otherCompany");
        assertThat(change.status()).isEqualTo(403);
        assertThat(history.status()).isEqualTo(403);
        assertThat(viaMine.status()).isEqualTo(400);
        assertThat(viaMine.json().get("fields").get(0).get("code").asText()).isEqualTo("creditCode.notOwn");
        assertThat(manager1.get("/api/companies/mine").json().get("name").asText()).isEqualTo("甲公司");
        assertThat(manager2.get("/api/companies/mine").status()).isEqualTo(404);
    }

    @Test
    void rolesThatMayNotChangeAProfileGet403() {
        String code = TestCompanies.newCreditCode(HANGZHOU_XIHU);
        Api.as(Keycloak.newCompanyUser("safety-manager", code))
                .put("/api/companies/mine", TestCompanies.profileJson(code, "角色测试有限公司", HANGZHOU_XIHU, null));
        Api principal = Api.as(Keycloak.newCompanyUser("principal", code));
        Api bureau = Api.as(Keycloak.newBureauOfficer(HANGZHOU_XIHU));

        assertThat(principal.get("/api/companies/mine").status()).isEqualTo(200);
        assertThat(principal.put("/api/companies/mine", TestCompanies.profileJson(code, "改名", HANGZHOU_XIHU, null)).status()).isEqualTo(403);
        assertThat(bureau.put("/api/companies/" + code, TestCompanies.profileJson(code, "改名", HANGZHOU_XIHU, null)).status()).isEqualTo(403);
        assertThat(principal.get("/api/companies").status()).isEqualTo(403);
    }

    @Test
    void aBureauSeesTheCompaniesOfItsJurisdictionOnly() {
        String inside = TestCompanies.newCreditCode(HANGZHOU_XIHU);
        String outside = TestCompanies.newCreditCode(NINGBO_BEILUN);
        Api.as(Keycloak.newCompanyUser("safety-manager", inside)).put("/api/companies/mine", TestCompanies.profileJson(inside, "辖区内", HANGZHOU_XIHU, null));
        Api.as(Keycloak.newCompanyUser("safety-manager", outside)).put("/api/companies/mine", TestCompanies.profileJson(outside, "辖区外", NINGBO_BEILUN, null));
        Api county = Api.as(Keycloak.newBureauOfficer(HANGZHOU_XIHU));
        Api province = Api.as(Keycloak.newBureauOfficer("33"));

        assertThat(county.get("/api/companies/" + inside).status()).isEqualTo(200);
        assertThat(county.get("/api/companies/" + outside).status()).isEqualTo(403);
        assertThat(province.get("/api/companies/" + outside).status()).isEqualTo(200);
        List<String> listed = new ArrayList<>();
        county.get("/api/companies?max=200").json().forEach(c -> {
            listed.add(c.get("creditCode").asText());
            assertThat(c.get("regionCode").asText()).startsWith(HANGZHOU_XIHU);
        });
        assertThat(listed).doesNotContain(outside);
    }

    @Test
    void invalidInputIsRejectedWithLocalisedMessagesAndNothingIsStored() {
        String code = TestCompanies.newCreditCode(HANGZHOU_XIHU);
        Api manager = Api.as(Keycloak.newCompanyUser("safety-manager", code));
        String wrongCheck = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');

        Api.Answer zh = manager.put("/api/companies/mine", TestCompanies.profileJson(wrongCheck, "", "33", null));
        Api.Answer en = manager.inEnglish().put("/api/companies/mine", TestCompanies.profileJson(code, "名称", "3301a6", null));

        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.json().get("message").asText()).isEqualTo("提交的内容有误，未保存任何数据。");
        assertThat(zh.json().get("fields").findValuesAsText("code"))
                .contains("creditCode.checkCharacter", "name.required", "regionCode.format");
        assertThat(zh.json().get("fields").findValuesAsText("message")).contains("统一社会信用代码校验位不正确，请核对营业执照。");
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.json().get("fields").findValuesAsText("message")).contains("An administrative division code has 6 digits.");
        assertThat(manager.get("/api/companies/mine").status()).isEqualTo(404);
    }

    @Test
    void aMalformedBodyIsA400WithAClearMessage() {
        String code = TestCompanies.newCreditCode(HANGZHOU_XIHU);
        Api manager = Api.as(Keycloak.newCompanyUser("safety-manager", code));

        Api.Answer answer = manager.put("/api/companies/mine", "{\"creditCode\": ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asText()).isEqualTo("invalid.json");
        assertThat(answer.json().get("message").asText()).startsWith("请求内容不是有效的 JSON");
        assertThat(manager.get("/api/companies/mine").status()).isEqualTo(404);
    }

    @Test
    void aMalformedCreditCodeInThePathIsA400() {
        Api manager = Api.as(Keycloak.newCompanyUser("safety-manager", TestCompanies.newCreditCode(HANGZHOU_XIHU)));
        Api.Answer answer = manager.get("/api/companies/91330106MA27Y1A30");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("fields").get(0).get("code").asText()).isEqualTo("creditCode.length");
    }
}
