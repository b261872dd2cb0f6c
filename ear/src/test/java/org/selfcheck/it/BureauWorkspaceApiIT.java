package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.selfcheck.shared.Quarter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
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
        String now = LocalTime.now(Quarter.ZONE).truncatedTo(ChronoUnit.SECONDS).toString();
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
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("宁夏回族自治区固原市彭阳县（640425）");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("宁夏回族自治区固原市彭阳县");
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

    /**
     * R6 as at the inspection's start (DOMAIN "which moment decides"): an extension the principal approves, and funds the
     * manager adds, after the start change nothing in the judgment; a hazard the company records after the start is
     * 一案双罚 in the inspection, and from then on 非自查发现 on its own card, in the ledger filter and on the overview.
     */
    @Test
    void aSpotCheckJudgesAsAtItsStartAndBindsHazardsRecordedLaterAsNotSelfFound() {
        Filings.bureau(Api.as(Keycloak.newUser("admin", Map.of())), "吴忠市红寺堡区应急管理局", "640303", Filings.INTAKE);
        Checks.Setup s = Checks.setUp("时点判定测试机械有限公司", "640303");
        Api manager = s.company().manager();
        Api principal = Api.as(s.principal());
        java.time.LocalDate checkDay = Organisations.today().minusDays(2);
        Api.Answer planned = manager.post("/api/checks", "{\"date\":\"%s\",\"scope\":\"全厂\"}".formatted(checkDay));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        long checkId = planned.json().get("id").asLong();
        JsonNode check = manager.get("/api/checks/" + checkId).json();
        long overdueResult = Checks.resultId(check, "第十一条", "(三)");
        long draftResult = Checks.resultId(check, "第十一条", "(四)");
        for (long result : new long[]{overdueResult, draftResult}) {
            assertThat(manager.put("/api/checks/%d/results/%d".formatted(checkId, result),
                    "{\"result\":\"HAZARD\",\"description\":\"时点判定隐患\"}").status()).isEqualTo(200);
            assertThat(manager.post("/api/checks/%d/results/%d/photos".formatted(checkId, result), TestPhotos.jpeg(400, 300),
                    "image/jpeg").status()).isEqualTo(201);
        }
        assertThat(manager.post("/api/checks/%d/results/remaining-compliant".formatted(checkId)).status()).isEqualTo(200);
        Api.Answer completed = manager.post("/api/checks/%d/complete".formatted(checkId));
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        long overdue = hazardOf(check, completed.json(), overdueResult);
        long draft = hazardOf(check, completed.json(), draftResult);
        // the first is due the day it was found (two days ago), with a complete plan; the second has no funds
        describe(manager, overdue, "一车间", "50000", checkDay);
        describe(manager, draft, "二车间", "null", Organisations.today().plusDays(30));
        Api.Answer requested = manager.post("/api/hazards/" + overdue + "/extensions",
                "{\"deadline\":\"%s\",\"text\":\"泄爆片供货延迟\"}".formatted(Organisations.today().plusDays(20)));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        long extension = requested.json().get("extensions").get(0).get("id").asLong();
        // the start lies a whole second after both the receipts and these changes (a receipt may come first)
        Instant lastReceipt = Instant.now();
        for (long h : new long[]{overdue, draft}) {
            JsonNode recorded = Filings.await(manager, "?hazard=" + h, f -> f.get("event").asText().equals("HAZARD_RECORDED")
                    && f.get("status").asText().equals("DELIVERED"), Duration.ofSeconds(60));
            Instant at = Instant.parse(recorded.get("receiptAt").asText());
            lastReceipt = at.isAfter(lastReceipt) ? at : lastReceipt;
        }
        Instant received = lastReceipt;
        Awaitility.await("a second after the receipts").atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS).isAfter(received));
        // the inspection begins now; the officer records it a little later, after the company's changes
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Awaitility.await("a second after the start").atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> Instant.now().isAfter(start.plusSeconds(1)));
        Api.Answer approved = principal.post("/api/hazards/%d/extensions/%d/decision".formatted(overdue, extension),
                "{\"approve\":true,\"text\":\"同意\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("overdue").asBoolean()).as("no longer overdue today").isFalse();
        describe(manager, draft, "二车间", "30000", Organisations.today().plusDays(30));
        assertThat(manager.get("/api/hazards/" + draft).json().get("qualification").findValuesAsText("kind")).contains("PLAN_COMPLETE");
        // nor is a check completed after the start evidence of who attended what
        long afterwards = manager.post("/api/checks", "{\"date\":\"%s\",\"scope\":\"补充检查\"}".formatted(Organisations.today()))
                .json().get("id").asLong();
        assertThat(manager.post("/api/checks/%d/results/remaining-compliant".formatted(afterwards)).status()).isEqualTo(200);
        Api.Answer completedLater = manager.post("/api/checks/%d/complete".formatted(afterwards));
        assertThat(completedLater.status()).as(completedLater.body()).isEqualTo(200);

        Api county = Api.as(Keycloak.newBureauOfficer("640303"));
        long overdueItem = itemOf(manager, overdue);
        long draftItem = itemOf(manager, draft);
        long laterItem = StreamSupport.stream(check.get("items").spliterator(), false)
                .filter(i -> i.get("item").get("article").asText().equals("第十一条") && i.get("item").get("itemNo").asText().equals("(五)"))
                .mapToLong(i -> i.get("item").get("id").asLong()).findFirst().orElseThrow();
        String time = LocalTime.ofInstant(start, Quarter.ZONE).toString();
        Api.Answer inspected = county.post("/api/inspections", """
                {"company":"%s","date":"%s","time":"%s","type":"PLANNED","officers":"王执法",
                 "findings":[{"itemId":%d,"location":"一车间","description":"除尘器无泄爆装置，已逾期"},
                             {"itemId":%d,"location":"二车间","description":"整改资金未落实"},
                             {"itemId":%d,"location":"三车间","description":"企业未自查"}]}"""
                .formatted(s.company().code(), Organisations.today(), time.length() == 5 ? time + ":00" : time, overdueItem, draftItem, laterItem));
        assertThat(inspected.status()).as(inspected.body()).isEqualTo(201);
        JsonNode findings = inspected.json().get("findings");
        assertThat(findings.get(0).get("outcome").asText()).as(findings.get(0).toString()).isEqualTo("DOUBLE_PENALTY");
        assertThat(findings.get(0).get("reason").asText()).as("the extension was decided after the start").isEqualTo("OVERDUE");
        assertThat(findings.get(0).get("judgment").get("matched").get("deadline").asText()).isEqualTo(checkDay.toString());
        assertThat(findings.get(1).get("outcome").asText()).as(findings.get(1).toString()).isEqualTo("DOUBLE_PENALTY");
        assertThat(findings.get(1).get("reason").asText()).as("funds were added after the start").isEqualTo("PLAN_INCOMPLETE");
        assertThat(findings.get(2).get("reason").asText()).isEqualTo("NOT_REPORTED");
        assertThat(findings.get(0).get("judgment").get("notOnRecord")).extracting(JsonNode::asText)
                .as("principal and group on record; Checks.setUp designates no leader").containsExactly("DESIGNATED_LEADER");
        assertThat(findings.get(0).get("judgment").get("accountability").findValuesAsText("checksInPeriod"))
                .as("the check completed after the start does not count").isNotEmpty().containsOnly("1");

        // the company records the third one now, at the same place: it is not self-found, whatever its source says
        Api.Answer reported = manager.post("/api/hazards", """
                {"source":"DAILY","description":"三车间除尘器问题","foundOn":"%s","foundBy":"巡检员","itemId":%d}"""
                .formatted(Organisations.today(), laterItem));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        long later = reported.json().get("hazard").get("id").asLong();
        describe(manager, later, "三车间 东侧", "20000", Organisations.today().plusDays(30));
        JsonNode card = manager.get("/api/hazards/" + later).json();
        JsonNode selfFound = StreamSupport.stream(card.get("qualification").spliterator(), false)
                .filter(c -> c.get("kind").asText().equals("SELF_FOUND")).findFirst().orElseThrow();
        assertThat(selfFound.get("met").asBoolean()).isFalse();
        assertThat(selfFound.get("reasonKey").asText()).isEqualTo("qualification.selfFound.afterBureau");
        assertThat(card.get("qualified").asBoolean()).isFalse();
        assertThat(card.get("bureauFindings").get(0).get("recordedAfter").asBoolean()).isTrue();
        assertThat(card.get("bureauFindings").get(0).get("inspectionId").asLong()).isEqualTo(inspected.json().get("id").asLong());
        String code = s.company().code();
        assertThat(manager.get("/api/hazards?company=" + code + "&qualified=true").json().findValuesAsText("id")).doesNotContain(String.valueOf(later));
        assertThat(manager.get("/api/hazards?company=" + code + "&selfFound=false").json().findValues("hazard"))
                .extracting(h -> h.get("id").asLong()).containsExactly(later);
        // the two hazards recorded before the inspection stay self-found: the bureau bound them, but they came first
        assertThat(manager.get("/api/hazards?company=" + code + "&selfFound=true").json().findValues("hazard"))
                .extracting(h -> h.get("id").asLong()).containsExactlyInAnyOrder(overdue, draft);
        JsonNode row = county.get("/api/overview?quarter=" + ReportApiIT.currentQuarter()).json().get("companies").get(0);
        assertThat(row.get("creditCode").asText()).isEqualTo(code);
        assertThat(row.get("notSelfFound").asInt()).isEqualTo(1);
    }

    /** With no organisation on record, a 一案双罚 outcome says so instead of an empty 责任倒查 list. */
    @Test
    void aDoublePenaltyWithoutAnyOrganisationOnRecordSaysNoGroupWasRecorded() {
        Filings.bureau(Api.as(Keycloak.newUser("admin", Map.of())), "青铜峡市应急管理局", "640381", Filings.INTAKE);
        Organisations.TestCompany bare = Organisations.registerMachinery("未建检查组机械有限公司", "640381");
        Api county = Api.as(Keycloak.newBureauOfficer("640381"));
        long item = county.get("/api/catalogue/checklist?industry=C3311&fields=DUST_EXPLOSION").json().get(0).get("id").asLong();

        Api.Answer inspected = county.post("/api/inspections", """
                {"company":"%s","date":"%s","type":"COMPLAINT","officers":"赵执法",
                 "findings":[{"itemId":%d,"location":"仓库","description":"未自查"}]}""".formatted(bare.code(), Organisations.today(), item));

        assertThat(inspected.status()).as(inspected.body()).isEqualTo(201);
        JsonNode judgment = inspected.json().get("findings").get(0).get("judgment");
        assertThat(inspected.json().get("findings").get(0).get("outcome").asText()).isEqualTo("DOUBLE_PENALTY");
        assertThat(judgment.get("accountability")).isEmpty();
        assertThat(judgment.get("notOnRecord")).extracting(JsonNode::asText)
                .containsExactly("PRINCIPAL", "DESIGNATED_LEADER", "GROUP_MEMBER");
        assertThat(judgment.get("principalNow").isNull()).isTrue();
    }

    @Test
    void aSiteMovesOnlyByARequestTheCompetentBureauDecidesAndWhatEachJurisdictionDidStaysWithIt() throws SQLException {
        Filings.bureau(Api.as(Keycloak.newUser("admin", Map.of())), "海原县应急管理局", "640522", Filings.INTAKE);
        Organisations.TestCompany company = Organisations.registerMachinery("迁址测试机械有限公司", "640522");
        Api manager = company.manager();
        long hazard = Filings.reportHazard(manager, "迁址前报送的隐患");
        String filingId = Filings.await(manager, "?hazard=" + hazard, Filings.status("DELIVERED"), Duration.ofSeconds(60))
                .get("id").asText();
        Api county = Api.as(Keycloak.newBureauOfficer("640522"));
        Api.Answer inspected = county.post("/api/inspections", """
                {"company":"%s","date":"%s","type":"PLANNED","officers":"王执法"}""".formatted(company.code(), Organisations.today()));
        assertThat(inspected.status()).as(inspected.body()).isEqualTo(201);
        long inspection = inspected.json().get("id").asLong();
        assertThat(inspected.json().get("regionCode").asText()).isEqualTo("640522");

        // the profile does not move the site: 400 on the field, nothing saved
        long version = manager.get("/api/companies/mine").json().get("version").asLong();
        Api.Answer moved = manager.put("/api/companies/mine", TestCompanies.profileJson(company.code(), "迁址测试机械有限公司", "630102",
                "C3311", "金属结构制造", "\"DUST_EXPLOSION\",\"CONFINED_SPACE\"", version));
        assertThat(moved.status()).as(moved.body()).isEqualTo(400);
        assertThat(moved.json().get("fields").findValuesAsText("field")).containsExactly("regionCode");
        assertThat(manager.get("/api/companies/mine").json().get("regionCode").asText()).isEqualTo("640522");

        // the company asks; one open request at a time; a request without a reason or to the same region is refused
        assertThat(manager.post("/api/companies/mine/region-changes", "{\"toRegion\":\"640522\",\"reason\":\" \"}").json()
                .get("fields").findValuesAsText("field")).containsExactlyInAnyOrder("toRegion", "reason");
        Api.Answer asked = manager.post("/api/companies/mine/region-changes", """
                {"toRegion":"630102","reason":"整体搬迁至西宁市城东区"}""");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        long request = asked.json().get("id").asLong();
        assertThat(asked.json().get("state").asText()).isEqualTo("PENDING");
        assertThat(asked.json().get("fromRegion").asText()).isEqualTo("640522");
        assertThat(manager.post("/api/companies/mine/region-changes", """
                {"toRegion":"630103","reason":"再次申请"}""").status()).isEqualTo(409);

        // only the bureau competent now decides: not the destination's, not the company, not another county
        Api destination = Api.as(Keycloak.newBureauOfficer("63"));
        String approve = "{\"approve\":true,\"note\":\"搬迁材料齐全\"}";
        assertThat(destination.get("/api/region-changes").json().findValuesAsText("creditCode")).doesNotContain(company.code());
        assertThat(destination.post("/api/region-changes/" + request + "/decision", approve).status()).isEqualTo(404);
        assertThat(Api.as(Keycloak.newBureauOfficer("640425")).post("/api/region-changes/" + request + "/decision", approve).status())
                .isEqualTo(404);
        assertThat(manager.post("/api/region-changes/" + request + "/decision", approve).status()).isEqualTo(403);
        assertThat(county.get("/api/region-changes").json().findValuesAsText("creditCode")).contains(company.code());
        assertThat(county.post("/api/region-changes/" + request + "/decision", "{\"approve\":false}").json()
                .get("fields").findValuesAsText("field")).as("a rejection says why").containsExactly("note");
        assertThat(manager.get("/api/companies/mine").json().get("regionCode").asText()).isEqualTo("640522");

        Api.Answer decided = county.post("/api/region-changes/" + request + "/decision", approve);
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("state").asText()).isEqualTo("APPROVED");
        assertThat(county.post("/api/region-changes/" + request + "/decision", approve).status()).as("decided once").isEqualTo(409);
        assertThat(manager.get("/api/companies/mine").json().get("regionCode").asText()).isEqualTo("630102");
        JsonNode history = manager.get("/api/companies/mine/region-changes").json();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("decidedBy").asText()).isNotBlank();
        assertThat(history.get(0).get("decisionNote").asText()).isEqualTo("搬迁材料齐全");

        // the county keeps what it did and received; it no longer sees the company nor inspects it
        assertThat(county.get("/api/inspections/" + inspection).status()).isEqualTo(200);
        assertThat(county.get("/api/inspections?company=" + company.code()).json().findValuesAsText("id"))
                .containsExactly(String.valueOf(inspection));
        assertThat(county.get("/api/inbox/" + filingId).status()).isEqualTo(200);
        assertThat(county.get("/api/companies/" + company.code()).status()).isEqualTo(403);
        assertThat(county.post("/api/inspections", """
                {"company":"%s","date":"%s","type":"COMPLAINT","officers":"王执法"}""".formatted(company.code(), Organisations.today()))
                .status()).isEqualTo(404);
        // the new province sees the company, but neither the county's inspection nor its filing, and counts its own cap
        assertThat(destination.get("/api/companies/" + company.code()).status()).isEqualTo(200);
        assertThat(destination.get("/api/inspections/" + inspection).status()).isEqualTo(404);
        assertThat(destination.get("/api/inspections?company=" + company.code()).json()).isEmpty();
        assertThat(destination.get("/api/inspections/standing?company=" + company.code()).json().get("counted").asInt()).isZero();
        assertThat(destination.get("/api/inbox?company=" + company.code()).json()).isEmpty();

        // a request can be withdrawn while it waits; decided ones are history the database keeps as it was
        long second = manager.post("/api/companies/mine/region-changes", """
                {"toRegion":"630103","reason":"城东区内再次搬迁"}""").json().get("id").asLong();
        Api.Answer withdrawn = manager.post("/api/companies/mine/region-changes/" + second + "/withdraw", "{}");
        assertThat(withdrawn.json().get("state").asText()).as(withdrawn.body()).isEqualTo("WITHDRAWN");
        assertThat(manager.get("/api/companies/mine/region-changes").json().findValuesAsText("state"))
                .containsExactly("WITHDRAWN", "APPROVED");
        try (Connection db = Database.connect(); Statement st = db.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("UPDATE company_region_change SET to_region = '640522' WHERE id = " + request))
                    .hasMessageContaining("decided once");
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM company_region_change WHERE id = " + second))
                    .hasMessageContaining("decided once");
        }
    }

    /** The hazard the completed check opened for the item of this result. */
    private static long hazardOf(JsonNode check, JsonNode completedCheck, long resultId) {
        long itemId = StreamSupport.stream(check.get("items").spliterator(), false)
                .filter(i -> i.get("resultId").asLong() == resultId).mapToLong(i -> i.get("item").get("id").asLong())
                .findFirst().orElseThrow();
        return StreamSupport.stream(completedCheck.get("hazards").spliterator(), false)
                .filter(h -> h.get("itemId").asLong() == itemId).mapToLong(h -> h.get("id").asLong()).findFirst().orElseThrow();
    }

    private static long itemOf(Api manager, long hazardId) {
        return manager.get("/api/hazards/" + hazardId).json().get("hazard").get("itemId").asLong();
    }

    /** The report's elements and a plan at {@code location}; {@code funds} "null" leaves the plan without funds. */
    private static void describe(Api manager, long hazardId, String location, String funds, java.time.LocalDate deadline) {
        long version = manager.get("/api/hazards/" + hazardId).json().get("hazard").get("version").asLong();
        Api.Answer described = manager.put("/api/hazards/" + hazardId, """
                {"location":"%s","presentState":"未设泄爆口","harm":"可能引发粉尘爆炸","responsiblePerson":"张伟",
                 "responsibleBody":"设备部","measures":"加装泄爆片","fundsAmount":%s,"fundsSource":"安全生产费用",
                 "deadline":"%s","contingency":"停用并警示","version":%d}""".formatted(location, funds, deadline, version));
        assertThat(described.status()).as(described.body()).isEqualTo(200);
    }
}
