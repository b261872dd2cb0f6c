package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Onboarding against the real server, Keycloak and mail catcher: a company applies without an account, the bureau of
 * its site decides, the applicant is mailed either way, and an approval leaves the company registered with its safety
 * manager's account (attribute and role) and Keycloak's own mail to set a password. Inner Mongolia's codes: no other
 * test uses them.
 */
@ExtendWith(ArquillianExtension.class)
class OnboardingIT {

    /** 新城区, 呼和浩特市 */
    static final String SITE = "150102";
    static final String CITY = "1501";

    private static Api admin;

    @BeforeAll
    static void aCityBureauTakesThem() {
        admin = Api.as(Keycloak.newUser("admin", Map.of()));
        if (!admin.get("/api/bureaus").json().findValuesAsText("jurisdiction").contains(CITY)) {
            Filings.bureau(admin, "呼和浩特市应急管理局", CITY, "http://localhost:8080/api/intake");
        }
    }

    static String application(String creditCode, String name, String email, byte[] licence) {
        return """
                {"creditCode":"%s","name":"%s","regionCode":"%s","industryCode":"C2614","industryName":"有机化学原料制造",
                 "highRisk":true,"standardisationGrade":"GRADE_3","certificateNo":"AQBWH III 202612001",
                 "certificateValidUntil":"2029-06-30","address":"呼和浩特市新城区测试路 1 号","specialFields":[],
                 "managerName":"赵安全","managerMobile":"13912345678","managerEmail":"%s",
                 "licence":"%s","licenceName":"营业执照.jpg"}"""
                .formatted(creditCode, name, SITE, email, Base64.getEncoder().encodeToString(licence));
    }

    static String email() {
        return "apply-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    @Test
    void aCompanyAppliesTheCitySeesItApprovesAndTheManagerGetsHisAccountByMail() {
        String code = TestCompanies.newCreditCode(SITE);
        String email = email();
        byte[] licence = TestPhotos.jpeg(640, 480);
        Api.Answer applied = Api.anonymous().post("/api/applications", application(code, "新城入驻化工有限公司", email, licence));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        long id = applied.json().get("id").asLong();
        assertThat(applied.json().get("kind").asText()).isEqualTo("NEW");
        assertThat(applied.json().get("bureauName").asText()).isEqualTo("呼和浩特市应急管理局");
        assertThat(applied.json().get("regionName").asText()).isEqualTo("内蒙古自治区呼和浩特市新城区");
        MailCatcher.Mail received = MailCatcher.await(email, "已收到");
        assertThat(received.text()).contains("赵安全", "新城入驻化工有限公司", code, "呼和浩特市应急管理局", String.valueOf(id));

        // the city's officers see it with its licence; another county's do not
        Api city = Api.as(Keycloak.newBureauOfficer(CITY));
        assertThat(city.get("/api/applications/pending").json().findValuesAsText("creditCode")).contains(code);
        assertThat(city.download("/api/applications/" + id + "/licence").body()).isEqualTo(licence);
        Api baotou = Api.as(Keycloak.newBureauOfficer("1502"));
        assertThat(baotou.get("/api/applications/pending").json().findValuesAsText("creditCode")).doesNotContain(code);
        assertThat(baotou.get("/api/applications/" + id).status()).isEqualTo(404);
        assertThat(baotou.post("/api/applications/" + id + "/decision", "{\"approve\":true}").status()).isEqualTo(404);
        Api manager = Organisations.register("入驻旁观化工有限公司").manager();
        assertThat(manager.get("/api/applications/pending").status()).as("a company's user decides nothing").isEqualTo(403);
        assertThat(Api.anonymous().get("/api/applications/" + id).status()).isEqualTo(401);

        Api.Answer approved = city.post("/api/applications/" + id + "/decision", "{\"approve\":true,\"reason\":\"材料齐全\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("state").asText()).isEqualTo("APPROVED");
        assertThat(city.post("/api/applications/" + id + "/decision", "{\"approve\":false,\"reason\":\"再审\"}").status())
                .as("decided once").isEqualTo(409);

        JsonNode account = Keycloak.account(email);
        assertThat(account).as("the manager's account").isNotNull();
        assertThat(account.get("attributes").get("company_code").get(0).asText()).isEqualTo(code);
        assertThat(account.get("realmRoles").findValuesAsText("name")).contains("safety-manager");
        assertThat(account.get("requiredActions").toString()).contains("UPDATE_PASSWORD", "VERIFY_EMAIL");
        JsonNode company = admin.get("/api/companies/" + code).json();
        assertThat(company.get("name").asText()).isEqualTo("新城入驻化工有限公司");
        assertThat(company.get("regionCode").asText()).isEqualTo(SITE);

        MailCatcher.Mail welcome = MailCatcher.await(email, "已通过");
        assertThat(welcome.text()).contains("赵安全", email);
        // Keycloak's own mail with the link to set a password
        assertThat(MailCatcher.awaitText(email, "/realms/selfcheck/login-actions/action-token").text()).contains("key=");
        assertThat(admin.get("/api/audit?chain=system&entityType=application&entityId=" + id).json().findValuesAsText("action"))
                .containsExactly("APPROVE", "APPLY");
    }

    @Test
    void aRejectionNeedsAReasonWhichTheApplicantIsMailedAndNothingIsCreated() {
        String code = TestCompanies.newCreditCode(SITE);
        String email = email();
        long id = Api.anonymous().post("/api/applications", application(code, "新城驳回化工有限公司", email, TestPhotos.jpeg(320, 240)))
                .json().get("id").asLong();
        Api city = Api.as(Keycloak.newBureauOfficer(CITY));
        Api.Answer noReason = city.post("/api/applications/" + id + "/decision", "{\"approve\":false}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("fields").findValuesAsText("field")).containsExactly("reason");

        Api.Answer rejected = city.post("/api/applications/" + id + "/decision", "{\"approve\":false,\"reason\":\"营业执照照片不清晰\"}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("state").asText()).isEqualTo("REJECTED");
        assertThat(MailCatcher.await(email, "未通过").text()).contains("营业执照照片不清晰", "/public/apply.xhtml");
        assertThat(admin.get("/api/companies/" + code).status()).isEqualTo(404);
        assertThat(Keycloak.account(email)).isNull();
    }

    @Test
    void anApplicationForARegisteredCodeIsAClaimTheBureauDecidesAndTheManagerIsTold() {
        Organisations.TestCompany existing = Organisations.registerMachinery("新城已登记机械有限公司", SITE);
        String email = email();
        Api.Answer claim = Api.anonymous().post("/api/applications", application(existing.code(), "新城已登记机械有限公司", email,
                TestPhotos.jpeg(320, 240)));
        assertThat(claim.status()).as(claim.body()).isEqualTo(201);
        assertThat(claim.json().get("kind").asText()).isEqualTo("CLAIM");
        assertThat(MailCatcher.await(existing.managerUser().username() + "@test.example", "申请管理").text())
                .contains(existing.code(), "赵安全", "呼和浩特市应急管理局");
        // one pending application per code
        assertThat(Api.anonymous().post("/api/applications", application(existing.code(), "新城已登记机械有限公司", email(),
                TestPhotos.jpeg(320, 240))).status()).isEqualTo(409);

        Api.Answer approved = Api.as(Keycloak.newBureauOfficer(CITY)).post("/api/applications/" + claim.json().get("id").asLong()
                + "/decision", "{\"approve\":true}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(Keycloak.account(email).get("attributes").get("company_code").get(0).asText()).isEqualTo(existing.code());
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        String code = TestCompanies.newCreditCode(SITE);
        String email = email();
        String bad = application(code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'), "", email,
                "not an image".getBytes())
                .replace("\"13912345678\"", "\"1391234\"").replace("\"" + SITE + "\"", "\"150199\"")
                .replace("2029-06-30", "2020-01-01");
        Api.Answer refused = Api.anonymous().post("/api/applications", bad);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("fields").findValuesAsText("code")).contains("creditCode.checkCharacter", "name.required",
                "regionCode.notCounty", "application.mobile.format", "application.validUntil.expired", "licence.type");
        byte[] tooLarge = new byte[6 * 1024 * 1024];
        tooLarge[0] = (byte) 0xFF;
        tooLarge[1] = (byte) 0xD8;
        tooLarge[2] = (byte) 0xFF;
        assertThat(Api.anonymous().post("/api/applications", application(code, "新城超限化工有限公司", email, tooLarge))
                .json().get("fields").findValuesAsText("code")).containsExactly("licence.tooLarge");
        assertThat(Api.anonymous().post("/api/applications", "{\"creditCode\":").status()).isEqualTo(400);
        assertThat(Api.as(Keycloak.newBureauOfficer(CITY)).get("/api/applications/pending").json().findValuesAsText("creditCode"))
                .doesNotContain(code);
        assertThat(MailCatcher.inbox(email)).isEmpty();
    }

    @Test
    void oneEmailAddressMaySubmitThreeApplicationsADay() {
        String email = email();
        for (int i = 0; i < 3; i++) {
            assertThat(Api.anonymous().post("/api/applications", application(TestCompanies.newCreditCode(SITE), "新城限流化工有限公司" + i,
                    email, TestPhotos.jpeg(64, 64))).status()).isEqualTo(201);
        }
        Api.Answer fourth = Api.anonymous().post("/api/applications", application(TestCompanies.newCreditCode(SITE),
                "新城限流化工有限公司3", email, TestPhotos.jpeg(64, 64)));
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.json().get("message").asText()).contains("24 小时");
    }
}
