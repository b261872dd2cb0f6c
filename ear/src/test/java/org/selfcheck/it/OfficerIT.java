package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officers' accounts against the real server and Keycloak: an admin makes a province's administrator, who makes and
 * disables the officers of his province only; nobody else manages officers; and an account whose making does not
 * commit is removed from Keycloak again. Heilongjiang's and Jilin's codes: no other test makes officers there.
 */
@ExtendWith(ArquillianExtension.class)
class OfficerIT {

    static String email(String who) {
        return "officer-" + who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    static String officer(String name, String email, String jurisdiction, boolean provinceAdmin) {
        return """
                {"name":"%s","email":"%s","mobile":"13812345678","jurisdiction":"%s","provinceAdmin":%s}"""
                .formatted(name, email, jurisdiction, provinceAdmin);
    }

    @Test
    void anAdminMakesAProvincesAdministratorWhoManagesTheOfficersOfHisProvinceOnly() {
        Api admin = Api.as(Keycloak.newUser("admin", Map.of()));
        String chief = email("chief");
        Api.Answer made = admin.post("/api/officers", officer("孙省管", chief, "23", true));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().get("jurisdictionName").asText()).isEqualTo("黑龙江省");
        JsonNode account = Keycloak.account(chief);
        assertThat(account.get("attributes").get("region_code").get(0).asText()).isEqualTo("23");
        assertThat(account.get("realmRoles").findValuesAsText("name")).contains("bureau-officer", "bureau-admin");
        assertThat(MailCatcher.await(chief, "执法人员账号").text()).contains("孙省管", "黑龙江省", chief);
        assertThat(MailCatcher.awaitText(chief, "/realms/selfcheck/login-actions/action-token").text()).contains("key=");
        String elsewhere = email("zj");
        assertThat(admin.post("/api/officers", officer("浙江执法", elsewhere, "3301", false)).status()).isEqualTo(201);

        Api province = Api.as(Keycloak.newProvinceAdmin("23"));
        String harbin = email("harbin");
        Api.Answer city = province.post("/api/officers", officer("李执法", harbin, "2301", false));
        assertThat(city.status()).as(city.body()).isEqualTo(201);
        assertThat(Keycloak.account(harbin).get("realmRoles").findValuesAsText("name")).contains("bureau-officer")
                .doesNotContain("bureau-admin");
        Api.Answer outside = province.post("/api/officers", officer("越权执法", email("out"), "3301", false));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().get("fields").findValuesAsText("code")).containsExactly("officer.jurisdiction.outside");
        assertThat(province.post("/api/officers", officer("二级管理", email("sub"), "23", true)).json().get("fields")
                .findValuesAsText("code")).as("delegation is one level deep").containsExactly("officer.provinceAdmin.refused");
        assertThat(province.get("/api/officers").json().findValuesAsText("email")).contains(chief, harbin).doesNotContain(elsewhere);

        // the officer leaves: disabled, and enabled again
        String id = city.json().get("accountId").asText();
        Api.Answer disabled = province.put("/api/officers/" + id + "/enabled", "{\"enabled\":false}");
        assertThat(disabled.json().get("enabled").asBoolean()).as(disabled.body()).isFalse();
        assertThat(Keycloak.account(harbin).get("enabled").asBoolean()).isFalse();
        assertThat(province.put("/api/officers/" + id + "/enabled", "{\"enabled\":true}").json().get("enabled").asBoolean()).isTrue();
        assertThat(Keycloak.account(harbin).get("enabled").asBoolean()).isTrue();
        assertThat(admin.get("/api/audit?chain=system&entityType=officer&entityId=" + id).json().findValuesAsText("action"))
                .containsExactly("ENABLE", "DISABLE", "CREATE");

        // nobody else manages officers
        Api jilin = Api.as(Keycloak.newProvinceAdmin("22"));
        assertThat(jilin.put("/api/officers/" + id + "/enabled", "{\"enabled\":false}").status()).isEqualTo(404);
        assertThat(jilin.get("/api/officers").json().findValuesAsText("email")).doesNotContain(harbin);
        assertThat(Api.as(Keycloak.newBureauOfficer("2301")).get("/api/officers").status()).isEqualTo(403);
        assertThat(Api.as(Keycloak.newBureauOfficer("23")).post("/api/officers", officer("无权", email("x"), "2301", false))
                .status()).isEqualTo(403);

        Api.Answer bad = admin.post("/api/officers", officer("", "not-an-address", "239999", false).replace("13812345678", "123"));
        assertThat(bad.json().get("fields").findValuesAsText("code")).containsExactlyInAnyOrder("officer.name.required",
                "application.email.format", "application.mobile.format", "officer.jurisdiction.unknown");
    }

    @Test
    void anAccountWhoseMakingDoesNotCommitIsRemovedFromKeycloakAgain() throws Exception {
        String address = email("rollback");
        // the portal holds a record for the address that Keycloak has no account for: the record's insert fails after
        // the account was made, and the transaction rolls back
        try (Connection db = Database.connect(); PreparedStatement insert = db.prepareStatement("""
                INSERT INTO officer_account (account_id, email, name, jurisdiction, province_admin, created_at, created_by)
                VALUES (?, ?, '旧记录', '2301', false, now(), 'test')""")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, address);
            insert.executeUpdate();
        }
        Api.Answer failed = Api.as(Keycloak.newUser("admin", Map.of())).post("/api/officers", officer("回滚执法", address, "2301", false));
        assertThat(failed.status()).as(failed.body()).isEqualTo(500);
        assertThat(failed.body()).doesNotContain("SQL", "officer_account", "Exception");
        assertThat(Keycloak.account(address)).as("the account made before the failure").isNull();
    }
}
