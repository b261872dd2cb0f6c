package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bureau's side through REST on the real server: spot checks judged against self-reports (R7), the annual cap
 * (section 三), the inbox of received filings, and jurisdiction scoping (Guyuan, Ningxia: 6404; no other test uses it).
 */
@ExtendWith(ArquillianExtension.class)
class BureauWorkspaceApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aSpotCheckRecommendsNonPenaltyForAQualifiedSelfReportAndDoublePenaltyWithAccountabilityOtherwise() throws SQLException {
        Filings.bureau(Api.as(Keycloak.newUser("admin", Map.of())), "固原市原州区应急管理局", "640402", Filings.INTAKE);
        Checks.Setup s = Checks.setUp("抽查测试机械有限公司", "640402");
        Api manager = s.company().manager();
        long hazardId = Checks.qualifiedSelfReport(s, "抛光车间干式除尘器未设泄爆装置", "抛光车间");
        JsonNode hazard = manager.get("/api/hazards/" + hazardId).json().get("hazard");

        Api county = Api.as(Keycloak.newBureauOfficer("640402"));
        long itemId = hazard.get("itemId").asLong();
        long otherItem = StreamSupport.stream(county.get("/api/catalogue/checklist?industry=C3311&fields=DUST_EXPLOSION").json()
                .spliterator(), false).mapToLong(i -> i.get("id").asLong()).filter(id -> id != itemId).findFirst().orElseThrow();
        // the inspection begins after the bureau's receipts, to the second
        Instant received = Instant.parse(Filings.await(manager, "?hazard=" + hazardId, Filings.status("DELIVERED"), Duration.ofSeconds(5))
                .get("receiptAt").asText());
        Awaitility.await("a second after the receipt").atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS).isAfter(received));
        String now = LocalTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.SECONDS).toString();
        Api.Answer recorded = county.post("/api/inspections", """
                {"company":"%s","date":"%s","time":"%s","type":"PLANNED","officers":"王执法、李执法",
                 "findings":[{"itemId":%d,"location":"抛光车间 打磨工位","description":"除尘器无泄爆装置"},
                             {"itemId":%d,"location":"喷漆房","description":"未发现自查记录的隐患"}]}"""
                .formatted(s.company().code(), Organisations.today(), now, itemId, otherItem));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        JsonNode inspection = recorded.json();
        JsonNode matched = inspection.get("findings").get(0);
        assertThat(matched.get("outcome").asText()).as(matched.toString()).isEqualTo("NON_PENALTY");
        assertThat(matched.get("reason").asText()).isEqualTo("MATCHED_QUALIFIED");
        assertThat(matched.get("matchedHazardId").asLong()).isEqualTo(hazardId);
        assertThat(matched.get("judgment").get("matched").get("receiptAt").asText()).isNotBlank();
        JsonNode unmatched = inspection.get("findings").get(1);
        assertThat(unmatched.get("outcome").asText()).isEqualTo("DOUBLE_PENALTY");
        assertThat(unmatched.get("reason").asText()).isEqualTo("NOT_REPORTED");
        JsonNode accountable = unmatched.get("judgment").get("accountability");
        assertThat(accountable.findValuesAsText("name")).contains("检查总经理", "检查组员");
        assertThat(accountable.get(0).get("role").asText()).isEqualTo("PRINCIPAL");
        assertThat(matched.get("judgment").get("accountability")).isEmpty();
        assertThat(inspection.get("standing").get("counted").asInt()).isEqualTo(1);
        assertThat(inspection.get("standing").get("cap").asInt()).as("grade 2, high-risk").isEqualTo(4);

        // the province reads it, another province's officer and the company do not
        long id = inspection.get("id").asLong();
        assertThat(Api.as(Keycloak.newBureauOfficer("64")).get("/api/inspections/" + id).status()).isEqualTo(200);
        assertThat(Api.as(Keycloak.newBureauOfficer("63")).get("/api/inspections/" + id).status()).isEqualTo(404);
        assertThat(Api.as(Keycloak.newBureauOfficer("63")).get("/api/inspections?company=" + s.company().code()).status()).isEqualTo(404);
        assertThat(manager.get("/api/inspections/" + id).status()).isEqualTo(403);
        assertThat(manager.post("/api/inspections", "{}").status()).isEqualTo(403);

        // the officer confirms the record; then it is final, in the database too
        Api.Answer confirmed = county.post("/api/inspections/" + id + "/confirm", "{}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("confirmedAt").asText()).isNotBlank();
        assertThat(county.post("/api/inspections/" + id + "/confirm", "{}").status()).isEqualTo(409);
        try (Connection db = Database.connect(); Statement st = db.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("UPDATE inspection_finding SET outcome = 'NON_PENALTY' WHERE inspection_id = " + id))
                    .hasMessageContaining("confirmed");
        }
    }

    @Test
    void planningBeyondTheAnnualCapNeedsAReasonWhileComplaintsAreExempt() {
        Organisations.TestCompany company = Organisations.registerMachinery("限频测试机械有限公司", "640422");
        Api officer = Api.as(Keycloak.newBureauOfficer("6404"));
        String planned = """
                {"company":"%s","date":"%s","type":"%%s","officers":"王执法"%%s}""".formatted(company.code(), Organisations.today());
        for (int i = 0; i < 4; i++) {
            assertThat(officer.post("/api/inspections", planned.formatted("PLANNED", "")).status()).isEqualTo(201);
        }
        assertThat(officer.get("/api/inspections/standing?company=" + company.code()).json().get("exceedsCap").asBoolean()).isTrue();
        Api.Answer refused = officer.post("/api/inspections", planned.formatted("PLANNED", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("fields").findValuesAsText("field")).containsExactly("exemptionReason");
        assertThat(officer.post("/api/inspections", planned.formatted("COMPLAINT", "")).status()).as("exempt").isEqualTo(201);
        assertThat(officer.post("/api/inspections", planned.formatted("PLANNED", ",\"exemptionReason\":\"重大隐患复查\"")).status())
                .isEqualTo(201);
        JsonNode standing = officer.get("/api/inspections/standing?company=" + company.code()).json();
        assertThat(standing.get("counted").asInt()).isEqualTo(5);
        assertThat(standing.get("exempted").asInt()).isEqualTo(1);
        assertThat(officer.get("/api/inspections?company=" + company.code()).json()).hasSize(6);
    }

    @Test
    void theInboxHoldsTheJurisdictionsFilingsAsFiled() {
        Filings.bureau(Api.as(Keycloak.newUser("admin", Map.of())), "固原市西吉县应急管理局", "640423", Filings.INTAKE);
        Organisations.TestCompany company = Organisations.registerMachinery("收件测试机械有限公司", "640423");
        long hazard = Filings.reportHazard(company.manager(), "收件箱测试隐患");
        String filingId = Filings.await(company.manager(), "?hazard=" + hazard, Filings.status("DELIVERED"), Duration.ofSeconds(60))
                .get("id").asText();

        Api county = Api.as(Keycloak.newBureauOfficer("640423"));
        JsonNode list = county.get("/api/inbox?company=" + company.code() + "&reviewed=false").json();
        assertThat(list.findValuesAsText("filingId")).containsExactly(filingId);
        assertThat(list.get(0).get("subject").asText()).isEqualTo("收件箱测试隐患");
        assertThat(Api.as(Keycloak.newBureauOfficer("64")).get("/api/inbox?company=" + company.code()).json()
                .findValuesAsText("filingId")).contains(filingId);
        assertThat(Api.as(Keycloak.newBureauOfficer("6401")).get("/api/inbox?company=" + company.code()).json()).isEmpty();
        assertThat(Api.as(Keycloak.newBureauOfficer("6401")).get("/api/inbox/" + filingId).status()).isEqualTo(404);
        assertThat(county.get("/api/inbox?county=6401").status()).as("a county outside the jurisdiction").isEqualTo(400);
        assertThat(company.manager().get("/api/inbox").status()).isEqualTo(403);

        JsonNode opened = county.get("/api/inbox/" + filingId).json();
        assertThat(opened.get("digestMatches").asBoolean()).isTrue();
        assertThat(Http.read(opened.get("document").asText()).get("hazard").get("description").asText()).isEqualTo("收件箱测试隐患");
        Api.Answer reviewed = county.post("/api/inbox/" + filingId + "/review", "{}");
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assertThat(reviewed.json().get("reviewedAt").asText()).isNotBlank();
        assertThat(county.post("/api/inbox/" + filingId + "/review", "{}").status()).isEqualTo(409);
        assertThat(county.get("/api/inbox?company=" + company.code() + "&reviewed=false").json()).isEmpty();
    }

    @Test
    void theOverviewTheWatchListAndTheScanShowTheJurisdictionsCompanies() throws IOException {
        Filings.bureau(Api.as(Keycloak.newUser("admin", Map.of())), "彭阳县应急管理局", "640425", Filings.INTAKE);
        Checks.Setup s = Checks.setUp("概览测试机械有限公司", "640425");
        long hazardId = Checks.qualifiedSelfReport(s, "概览测试隐患", "抛光车间");
        Api manager = s.company().manager();
        assertThat(manager.post("/api/hazards/" + hazardId + "/start", "{\"text\":\"开始整改\"}").status()).isEqualTo(200);
        assertThat(manager.post("/api/hazards/" + hazardId + "/submit", "{\"text\":\"已整改\"}").status()).isEqualTo(200);
        Organisations.TestCompany idle = Organisations.registerMachinery("概览未自查机械有限公司", "640425");
        String quarter = ReportApiIT.currentQuarter();

        Api county = Api.as(Keycloak.newBureauOfficer("640425"));
        JsonNode overview = county.get("/api/overview?quarter=" + quarter + "&sort=check").json();
        assertThat(overview.get("total").asInt()).isEqualTo(2);
        JsonNode first = overview.get("companies").get(0);
        assertThat(first.get("creditCode").asText()).as("not checked first").isEqualTo(idle.code());
        assertThat(first.get("checkDone").asBoolean()).isFalse();
        JsonNode checked = overview.get("companies").get(1);
        assertThat(checked.get("checkDone").asBoolean()).isTrue();
        assertThat(checked.get("openHazards").asInt()).isEqualTo(1);
        assertThat(checked.get("report").asText()).as("the quarter is not over").isEqualTo("NOT_DUE");
        JsonNode counties = overview.get("counties");
        assertThat(counties).hasSize(1);
        assertThat(counties.get(0).get("companies").asInt()).isEqualTo(2);
        assertThat(counties.get(0).get("checked").asInt()).isEqualTo(1);
        assertThat(county.get("/api/overview?county=640401").status()).as("outside the jurisdiction").isEqualTo(400);
        assertThat(Api.as(Keycloak.newBureauOfficer("6401")).get("/api/overview?quarter=" + quarter).json()
                .get("companies").findValuesAsText("creditCode")).doesNotContain(idle.code(), s.company().code());
        assertThat(manager.get("/api/overview").status()).isEqualTo(403);

        JsonNode charts = county.get("/api/overview/charts?quarter=" + quarter + "&quarters=4").json();
        JsonNode dust = charts.get("hazardsByArticle").get(0);
        assertThat(dust.get("article").asText() + dust.get("hazards").asInt()).isEqualTo("第十一条1");
        JsonNode trend = charts.get("trend");
        assertThat(trend).hasSize(4);
        assertThat(trend.get(3).get("quarter").asText()).isEqualTo(quarter);
        assertThat(trend.get(3).get("checked").asInt()).isEqualTo(1);
        assertThat(trend.get(3).get("companies").asInt()).isEqualTo(2);

        Api.Download xlsx = county.download("/api/overview/export?sort=check&quarter=" + quarter);
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(idle.code());
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("概览测试机械有限公司");
            assertThat(sheet.getRow(3).getCell(7).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }

        JsonNode watch = county.get("/api/overview/watch").json();
        assertThat(watch.get("awaitingVerification").findValuesAsText("hazardId")).contains(String.valueOf(hazardId));

        JsonNode scan = county.get("/api/scan/" + s.company().code()).json();
        assertThat(scan.get("name").asText()).isEqualTo("概览测试机械有限公司");
        assertThat(scan.get("standing").get("cap").asInt()).isEqualTo(4);
        assertThat(scan.get("standing").get("remaining").asInt()).isEqualTo(4);
        assertThat(scan.get("openMajorHazards").asInt()).isEqualTo(1);
        assertThat(Api.as(Keycloak.newBureauOfficer("63")).get("/api/scan/" + s.company().code()).status()).isEqualTo(404);
        assertThat(manager.get("/api/scan/" + s.company().code()).status()).isEqualTo(403);
        Api.Download qr = manager.download("/api/companies/" + s.company().code() + "/qr");
        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.contentType()).startsWith("image/png");
        assertThat(qr.body()[0] & 0xff).isEqualTo(0x89);
        assertThat(new String(qr.body(), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    /** The demo realm's officers: bureau-hz is bound to 西湖区 (330106), bureau-zj to the province (33). */
    @Test
    void aCountyOfficerSeesHisCountyAProvincialOfficerTheProvince() {
        Organisations.TestCompany xihu = Organisations.registerMachinery("西湖辖区测试机械有限公司", "330106");
        Organisations.TestCompany beilun = Organisations.registerMachinery("北仑辖区测试机械有限公司", "330206");
        Api hz = Api.as(new Keycloak.User("bureau-hz", "demo123"));
        Api zj = Api.as(new Keycloak.User("bureau-zj", "demo123"));
        String quarter = "?quarter=" + ReportApiIT.currentQuarter() + "&max=500&sort=name";

        assertThat(hz.get("/api/overview" + quarter).json().get("companies").findValuesAsText("creditCode"))
                .contains(xihu.code()).doesNotContain(beilun.code());
        assertThat(zj.get("/api/overview" + quarter + "&county=3301").json().get("companies").findValuesAsText("creditCode"))
                .contains(xihu.code()).doesNotContain(beilun.code());
        assertThat(zj.get("/api/overview" + quarter + "&county=3302").json().get("companies").findValuesAsText("creditCode"))
                .contains(beilun.code());
        assertThat(hz.get("/api/scan/" + xihu.code()).status()).isEqualTo(200);
        assertThat(hz.get("/api/scan/" + beilun.code()).status()).isEqualTo(404);
        assertThat(zj.get("/api/scan/" + beilun.code()).status()).isEqualTo(200);
        assertThat(hz.get("/api/inspections/standing?company=" + beilun.code()).status()).isEqualTo(404);
        assertThat(Api.as(Keycloak.newBureauOfficer("64")).get("/api/scan/" + xihu.code()).status()).isEqualTo(404);
        assertThat(xihu.manager().get("/api/overview/watch").status()).isEqualTo(403);
        assertThat(xihu.manager().get("/api/inbox").status()).isEqualTo(403);
    }
}
