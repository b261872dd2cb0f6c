package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfcheck.it.Organisations.today;

/** The hazard register (section 八, R6) through REST against the real server, database and identity provider. */
@ExtendWith(ArquillianExtension.class)
class HazardApiIT {

    static String plan(String deadline) {
        return """
                {"location":"抛光车间","presentState":"干式除尘器未设泄爆口，粉尘浓度高","harm":"可能发生粉尘爆炸，整改难度一般",
                 "responsiblePerson":"张伟","responsibleBody":"设备动力部","measures":"加装泄爆片和隔爆阀，清理积尘",
                 "fundsAmount":85000.00,"fundsSource":"企业安全生产费用","deadline":"%s",
                 "contingency":"整改期间停用该除尘系统，现场设警示标志，编制专项应急预案"}""".formatted(deadline);
    }

    static boolean met(JsonNode hazard, String kind) {
        for (JsonNode c : hazard.get("qualification")) {
            if (c.get("kind").asText().equals(kind)) {
                return c.get("met").asBoolean();
            }
        }
        throw new AssertionError("no condition " + kind);
    }

    @Test
    void aHazardFromACheckIsFollowedThroughPlanProgressExtensionVerificationAndClosure() {
        Checks.Setup s = Checks.setUp("全程跟踪机械有限公司");
        Api manager = s.company().manager();
        Api principal = Api.as(s.principal());
        Api member = Api.as(s.member());
        long id = Checks.completedWithHazard(s, "抛光车间干式除尘器未设泄爆装置");
        String path = "/api/hazards/" + id;

        JsonNode found = manager.get(path).json();
        assertThat(found.get("hazard").get("state").asText()).isEqualTo("PENDING");
        assertThat(found.get("item").get("article").asText()).isEqualTo("第十一条");
        assertThat(found.get("photos").get(0).get("kind").asText()).isEqualTo("BEFORE");
        assertThat(met(found, "SELF_FOUND")).isTrue();
        assertThat(met(found, "REPORTED")).isFalse();
        assertThat(met(found, "PLAN_COMPLETE")).isFalse();
        // each reader is told what the service lets him do with it now
        assertThat(found.get("actions")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("DESCRIBE", "SET_DEADLINE", "START", "REQUEST_EXTENSION", "ADD_PHOTO", "ADD_RESULT_PHOTO");
        assertThat(member.get(path).json().get("actions")).extracting(JsonNode::asText).containsExactly("ADD_RESULT_PHOTO");
        assertThat(principal.get(path).json().get("actions")).as("no extension waits").isEmpty();

        Api.Answer tooEarly = manager.post(path + "/start", "{}");
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.json().get("fields").get(0).get("code").asText()).isEqualTo("hazard.planIncomplete");

        String deadline = today().plusDays(30).toString();
        Api.Answer planned = manager.put(path, plan(deadline));
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        assertThat(met(planned.json(), "PLAN_COMPLETE")).isTrue();
        assertThat(met(planned.json(), "UNDER_WAY")).isTrue();
        assertThat(manager.post(path + "/start", "{\"text\":\"已下达整改通知\"}").json().get("hazard").get("state").asText())
                .isEqualTo("IN_PROGRESS");

        // the deadline is not changed silently once remediation started
        Api.Answer silent = manager.put(path, plan(today().plusDays(90).toString()));
        assertThat(silent.status()).isEqualTo(400);
        assertThat(silent.json().get("fields").get(0).get("code").asText()).isEqualTo("plan.deadline.frozen");

        assertThat(manager.post(path + "/progress", "{\"text\":\"泄爆片已到货\"}").status()).isEqualTo(200);
        assertThat(manager.post(path + "/photos?kind=PROGRESS", TestPhotos.jpeg(320, 240), "image/jpeg").status()).isEqualTo(201);

        String later = today().plusDays(60).toString();
        Api.Answer requested = manager.post(path + "/extensions", "{\"deadline\":\"%s\",\"text\":\"隔爆阀供货延迟\"}".formatted(later));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        assertThat(requested.json().get("deadline").asText()).isEqualTo(deadline);
        assertThat(requested.json().get("actions")).extracting(JsonNode::asText).doesNotContain("REQUEST_EXTENSION", "SET_DEADLINE");
        assertThat(principal.get(path).json().get("actions")).extracting(JsonNode::asText).containsExactly("DECIDE_EXTENSION");
        long extension = requested.json().get("extensions").get(0).get("id").asLong();
        String decide = path + "/extensions/" + extension + "/decision";
        assertThat(manager.post(decide, "{\"approve\":true}").status()).isEqualTo(403);
        Api otherPrincipal = Api.as(Keycloak.newCompanyUser("principal", s.company().code()));
        assertThat(otherPrincipal.post(decide, "{\"approve\":true}").json().get("code").asText()).isEqualTo("extension.principalOnly");
        Api.Answer approved = principal.post(decide, "{\"approve\":true,\"text\":\"同意\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("deadline").asText()).isEqualTo(later);
        assertThat(principal.post(decide, "{\"approve\":false}").status()).isEqualTo(409);

        assertThat(manager.post(path + "/submit", "{\"text\":\"泄爆片和隔爆阀已安装\"}").json().get("hazard").get("state").asText())
                .isEqualTo("TO_VERIFY");
        assertThat(manager.post(path + "/verify", "{\"passed\":true,\"text\":\"自己验收\"}").status()).isEqualTo(403);
        assertThat(member.get(path).json().get("actions")).extracting(JsonNode::asText).containsExactlyInAnyOrder("VERIFY", "ADD_RESULT_PHOTO");
        Api.Answer noPhoto = member.post(path + "/verify", "{\"passed\":true,\"text\":\"现场复查合格\"}");
        assertThat(noPhoto.status()).isEqualTo(400);
        assertThat(noPhoto.json().get("fields").get(0).get("code").asText()).isEqualTo("hazard.afterPhoto.required");
        assertThat(member.post(path + "/photos?kind=AFTER", TestPhotos.jpeg(640, 480), "image/jpeg").status()).isEqualTo(201);
        JsonNode closed = member.post(path + "/verify", "{\"passed\":true,\"text\":\"现场复查合格\"}").json();
        assertThat(closed.get("hazard").get("state").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("hazard").get("closedOn").asText()).isEqualTo(today().toString());
        assertThat(met(closed, "UNDER_WAY")).isTrue();
        assertThat(closed.get("actions")).as("a closed hazard takes no action").isEmpty();

        // only the allowed transitions: a closed hazard does not start again
        Api.Answer again = manager.post(path + "/start", "{}");
        assertThat(again.status()).isEqualTo(409);
        List<String> steps = new ArrayList<>();
        closed.get("updates").forEach(u -> steps.add(u.get("kind").asText()));
        assertThat(steps).containsExactly("STARTED", "PROGRESS", "SUBMITTED", "VERIFIED");
        JsonNode audit = manager.get("/api/audit?company=" + s.company().code() + "&entityType=hazard&entityId=" + id + "&max=50").json();
        assertThat(audit.findValuesAsText("action")).contains("CREATE", "DESCRIBE", "STATE");
    }

    @Test
    void theExcelLedgerOpensAndHoldsTheRows() throws IOException {
        Checks.Setup s = Checks.setUp("台账导出机械有限公司");
        Api manager = s.company().manager();
        long fromCheck = Checks.completedWithHazard(s, "喷漆室未设可燃气体报警");
        Api.Answer daily = manager.post("/api/hazards", """
                {"source":"DAILY","description":"地下污水池未设警示标志","foundOn":"%s","foundBy":"班组长周师傅","itemId":%d}"""
                .formatted(today(), Filings.anItem(manager)));
        assertThat(daily.status()).as(daily.body()).isEqualTo(201);
        assertThat(manager.put("/api/hazards/" + fromCheck, plan(today().plusDays(10).toString())).status()).isEqualTo(200);

        JsonNode ledger = manager.get("/api/hazards").json();
        assertThat(ledger).hasSize(2);
        // the hazard from the check shows the check's photo as its thumbnail; the daily report has none yet
        for (JsonNode e : ledger) {
            assertThat(e.get("photoId").isNull()).isEqualTo(e.get("hazard").get("source").asText().equals("DAILY"));
        }
        assertThat(manager.get("/api/hazards?state=PENDING&overdue=false").json()).hasSize(2);
        assertThat(manager.get("/api/hazards?quarter=1999Q1").json()).isEmpty();
        assertThat(manager.get("/api/hazards?quarter=abc").status()).isEqualTo(400);

        Api.Download xlsx = manager.download("/api/hazards/export");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheet("隐患排查治理台账");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("台账导出机械有限公司");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("发现日期");
            List<String> descriptions = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                descriptions.add(row.getCell(3).getStringCellValue());
            }
            assertThat(descriptions).containsExactlyInAnyOrder("喷漆室未设可燃气体报警", "地下污水池未设警示标志");
        }
    }

    @Test
    void aHazardReportedByHandMustNameTheItemItMatchesAndWithoutOneNothingIsStored() {
        Organisations.TestCompany company = Organisations.registerMachinery("条款必选机械有限公司");
        Api manager = company.manager();
        // the items offered are those that apply to the company: GM10-2023 第三、七、十一、十三条 for machinery
        // with dust explosion hazards and confined spaces, not 液氨制冷 (第十二条) nor the chemical standard
        JsonNode items = manager.get("/api/hazards/items").json();
        assertThat(items.findValuesAsText("article")).contains("第三条", "第七条", "第十一条", "第十三条").doesNotContain("第十二条");
        assertThat(items.findValuesAsText("standardCode")).containsOnly("GM10-2023");
        String report = """
                {"source":"DAILY","description":"打磨工位除尘器泄爆片缺失","foundOn":"%s","foundBy":"巡检员"%%s}""".formatted(today());

        Api.Answer without = manager.post("/api/hazards", report.formatted(""));

        assertThat(without.status()).as(without.body()).isEqualTo(400);
        assertThat(without.json().get("fields").findValuesAsText("field")).containsExactly("itemId");
        assertThat(without.json().get("fields").get(0).get("code").asText()).isEqualTo("hazard.item.required");
        assertThat(without.json().get("fields").get(0).get("message").asText()).contains("判定标准");
        Api.Answer inEnglish = manager.inEnglish().post("/api/hazards", report.formatted(",\"itemId\":null"));
        assertThat(inEnglish.status()).isEqualTo(400);
        assertThat(inEnglish.json().get("fields").get(0).get("message").asText()).contains("judgment standards");
        Api.Answer unknown = manager.post("/api/hazards", report.formatted(",\"itemId\":999999999"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("fields").get(0).get("code").asText()).isEqualTo("catalogue.itemNotFound");
        // nothing stored: no hazard, no audit entry, nothing filed
        assertThat(manager.get("/api/hazards").json()).isEmpty();
        assertThat(manager.get("/api/audit?company=" + company.code() + "&entityType=hazard").json()).isEmpty();
        assertThat(manager.get("/api/filings?company=" + company.code()).json()).isEmpty();

        long dust = StreamSupport.stream(items.spliterator(), false).filter(i -> i.get("article").asText().equals("第十一条"))
                .findFirst().orElseThrow().get("id").asLong();
        Api.Answer with = manager.post("/api/hazards", report.formatted(",\"itemId\":" + dust));
        assertThat(with.status()).as(with.body()).isEqualTo(201);
        assertThat(with.json().get("hazard").get("itemId").asLong()).isEqualTo(dust);
        assertThat(with.json().get("item").get("article").asText()).isEqualTo("第十一条");
        assertThat(manager.get("/api/hazards").json()).hasSize(1);
    }

    @Test
    void aTextFileRenamedToJpgIsRefusedAndNothingIsStored() {
        Checks.Setup s = Checks.setUp("改名文件机械有限公司");
        Api manager = s.company().manager();
        long id = Checks.completedWithHazard(s, "有限空间未设警示标志");
        int before = manager.get("/api/hazards/" + id).json().get("photos").size();

        Api.Answer renamed = manager.post("/api/hazards/" + id + "/photos?kind=BEFORE",
                "不是照片，只是改了扩展名的文本".getBytes(StandardCharsets.UTF_8), "image/jpeg");

        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.json().get("fields").get(0).get("code").asText()).isEqualTo("photo.type");
        assertThat(manager.get("/api/hazards/" + id).json().get("photos")).hasSize(before);
    }

    @Test
    void anotherCompanyGets404OnTheHazardAndItsPhotos() {
        Checks.Setup s = Checks.setUp("隐患隔离机械有限公司");
        Api manager = s.company().manager();
        long id = Checks.completedWithHazard(s, "除尘系统互联互通");
        long photo = manager.get("/api/hazards/" + id).json().get("photos").get(0).get("photo").get("id").asLong();
        Api other = Organisations.registerMachinery("旁观隐患机械有限公司").manager();

        assertThat(other.get("/api/hazards/" + id).status()).isEqualTo(404);
        assertThat(other.get("/api/photos/" + photo).status()).isEqualTo(404);
        assertThat(other.get("/api/photos/" + photo + "/thumbnail").status()).isEqualTo(404);
        assertThat(other.post("/api/hazards/" + id + "/start", "{}").status()).isEqualTo(404);
        assertThat(other.put("/api/hazards/" + id, plan(today().plusDays(5).toString())).status()).isEqualTo(404);
        assertThat(other.get("/api/hazards?company=" + s.company().code()).status()).isEqualTo(403);
        assertThat(Api.as(Keycloak.newUser("admin", Map.of())).get("/api/hazards/" + id).status()).isEqualTo(200);
        assertThat(manager.get("/api/hazards/" + id).json().get("hazard").get("location").isNull()).isTrue();
    }
}
