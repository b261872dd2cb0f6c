package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bulk onboarding against the real server, Keycloak and mail catcher: a city bureau fills the portal's own template,
 * the import registers each valid row's company within its jurisdiction and invites the new managers at a set rate,
 * every other row is rejected with its reasons in the result sheet, and importing the file again (one row changed)
 * updates that row and invites nobody twice. Heilongjiang's codes: no other test uses them.
 */
@ExtendWith(ArquillianExtension.class)
class ImportIT {

    static final String CITY = "2301";
    /** 道里区, 南岗区 of 哈尔滨市; 龙沙区 of 齐齐哈尔市 */
    static final String DAOLI = "230102";
    static final String NANGANG = "230103";
    static final String LONGSHA = "230202";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static String email(String who) {
        return "import-" + who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    /** A row of the template: credit code, name, site, industry code and name, high risk, grade, certificate, ..., manager. */
    static List<String> row(String code, String name, String site, String highRisk, String grade, String certificate,
                            String validUntil, String mobile, String email) {
        return java.util.Arrays.asList(code, name, site, "C2614", "有机化学原料制造", highRisk, grade, certificate, validUntil,
                "测试路 1 号", "钱安全", mobile, email);
    }

    /** The portal's template with the rows filled in from its second row, {@code null} leaving a blank row. */
    static byte[] filled(byte[] template, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r) == null) {
                    continue;
                }
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (rows.get(r).get(c) != null) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static JsonNode finished(Api officer, long id) {
        return await("import " + id + " done").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> officer.get("/api/imports/" + id).json(),
                        j -> j.get("queued").asInt() == 0 && j.get("pending").asInt() == 0);
    }

    /** The result sheet's rows as text, by the row number they report (first column), the header left out. */
    static Map<Integer, List<String>> results(Api officer, long id) throws IOException {
        Map<Integer, List<String>> rows = new java.util.TreeMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(officer.download("/api/imports/" + id + "/results").body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                List<String> cells = new ArrayList<>();
                Row row = sheet.getRow(r);
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    var cell = row.getCell(c);
                    cells.add(cell == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell));
                }
                rows.put(Integer.parseInt(cells.get(0)), cells);
            }
        }
        return rows;
    }

    @Test
    void aCityImportsItsCompaniesTheValidRowsAreRegisteredTheManagersInvitedAndTheRestRejectedWithReasons() throws IOException {
        Keycloak.User officerUser = Keycloak.newBureauOfficer(CITY);
        Api officer = Api.as(officerUser);
        Api.Download template = officer.download("/api/imports/template");
        assertThat(template.status()).isEqualTo(200);
        String a = TestCompanies.newCreditCode(DAOLI);
        String b = TestCompanies.newCreditCode(NANGANG);
        String c = TestCompanies.newCreditCode(NANGANG);
        String outside = TestCompanies.newCreditCode(LONGSHA);
        String mailA = email("a");
        String mailB = email("b");
        // an address that is another company's account already
        Keycloak.User someoneElse = Keycloak.newCompanyUser("safety-manager", TestCompanies.newCreditCode(DAOLI));
        String broken = a.substring(0, 17) + (a.charAt(17) == '0' ? '1' : '0');
        List<List<String>> rows = new ArrayList<>(java.util.Arrays.asList(
                row(a, "道里导入化工有限公司", "黑龙江省哈尔滨市道里区", "是", "一级", "AQBWH I 202612001", "2029-06-30", "13912345678", mailA),
                row(b, "南岗导入机械有限公司", NANGANG, "否", "未定级", null, null, "13912345679", mailB),
                row(a, "道里重复化工有限公司", DAOLI, "是", "未定级", null, null, "13912345670", email("dup")),
                row(outside, "龙沙越界化工有限公司", LONGSHA, "是", "未定级", null, null, "13912345671", email("out")),
                row(broken, "", "哈尔滨市不存在区", "也许", "一级", null, null, "1391234", "not-an-address"),
                null,
                row(c, "南岗占用邮箱有限公司", NANGANG, "否", "未定级", null, null, "13912345672",
                        someoneElse.username() + "@test.example")));
        byte[] file = filled(template.body(), rows);

        Api.Answer uploaded = officer.post("/api/imports?fileName=" + java.net.URLEncoder.encode("哈尔滨企业.xlsx", "UTF-8"), file, XLSX);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long id = uploaded.json().get("id").asLong();
        assertThat(uploaded.json().get("rows").asInt()).as("the blank row is left out").isEqualTo(6);
        assertThat(uploaded.json().get("jurisdictionName").asText()).isEqualTo("黑龙江省哈尔滨市");
        JsonNode done = finished(officer, id);
        assertThat(done.get("created").asInt()).isEqualTo(3);
        assertThat(done.get("rejected").asInt()).isEqualTo(3);
        assertThat(done.get("sent").asInt()).isEqualTo(2);
        assertThat(done.get("failed").asInt()).isEqualTo(1);

        Map<Integer, List<String>> sheet = results(officer, id);
        // columns: row, the 13 of the template, outcome, reason, invitation, invitation note
        assertThat(sheet.keySet()).containsExactly(2, 3, 4, 5, 6, 8);
        assertThat(sheet.get(2).subList(14, 17)).containsExactly("新登记", "", "已邀请");
        assertThat(sheet.get(4).get(14)).isEqualTo("未导入");
        assertThat(sheet.get(4).get(15)).contains("统一社会信用代码", "与第 2 行");
        assertThat(sheet.get(5).get(15)).contains("不在您的辖区内", "黑龙江省齐齐哈尔市龙沙区");
        assertThat(sheet.get(6).get(15)).contains("统一社会信用代码：", "校验位", "企业名称：", "“哈尔滨市不存在区”",
                "高危行业：“也许”", "安全管理人员手机：", "安全管理人员邮箱：", "证书编号");
        assertThat(sheet.get(8).subList(14, 17)).containsExactly("新登记", "", "邀请失败");
        assertThat(sheet.get(8).get(17)).contains("其他企业");

        // the companies, as the import registered them, and the managers' accounts with Keycloak's mail
        Api admin = Api.as(Keycloak.newUser("admin", Map.of()));
        JsonNode companyA = admin.get("/api/companies/" + a).json();
        assertThat(companyA.get("name").asText()).isEqualTo("道里导入化工有限公司");
        assertThat(companyA.get("regionCode").asText()).isEqualTo(DAOLI);
        assertThat(companyA.get("standardisationGrade").asText()).isEqualTo("GRADE_1");
        assertThat(companyA.get("highRisk").asBoolean()).isTrue();
        assertThat(companyA.get("registeredBy").asText()).isEqualTo(officerUser.username());
        assertThat(admin.get("/api/companies/" + outside).status()).isEqualTo(404);
        JsonNode account = Keycloak.account(mailA);
        assertThat(account.get("attributes").get("company_code").get(0).asText()).isEqualTo(a);
        assertThat(account.get("realmRoles").findValuesAsText("name")).contains("safety-manager");
        assertThat(MailCatcher.await(mailA, "已开通").text()).contains("钱安全", "道里导入化工有限公司", mailA);
        assertThat(MailCatcher.awaitText(mailA, "/realms/selfcheck/login-actions/action-token").text()).contains("key=");
        assertThat(Keycloak.account(mailB).get("attributes").get("company_code").get(0).asText()).isEqualTo(b);

        // others: another city's officers do not see it, a company's users import nothing, the admin sees all
        Api qiqihar = Api.as(Keycloak.newBureauOfficer("2302"));
        assertThat(qiqihar.get("/api/imports/" + id).status()).isEqualTo(404);
        assertThat(qiqihar.get("/api/imports").json().findValuesAsText("id")).doesNotContain(String.valueOf(id));
        assertThat(qiqihar.download("/api/imports/" + id + "/results").status()).isEqualTo(404);
        assertThat(Api.as(someoneElse).post("/api/imports", file, XLSX).status()).isEqualTo(403);
        assertThat(admin.get("/api/imports/" + id).status()).isEqualTo(200);

        // again, one row changed: that row updates, the others change nothing, nobody is invited twice
        rows.set(1, row(b, "南岗导入机械股份有限公司", NANGANG, "否", "未定级", null, null, "13912345679", mailB));
        long again = officer.post("/api/imports?fileName=again.xlsx", filled(template.body(), rows), XLSX).json().get("id").asLong();
        JsonNode second = finished(officer, again);
        assertThat(second.get("created").asInt()).isZero();
        assertThat(second.get("updated").asInt()).isEqualTo(1);
        assertThat(second.get("unchanged").asInt()).isEqualTo(2);
        assertThat(second.get("sent").asInt()).isZero();
        assertThat(admin.get("/api/companies/" + b).json().get("name").asText()).isEqualTo("南岗导入机械股份有限公司");
        assertThat(results(officer, again).get(2).subList(14, 17)).containsExactly("无变化", "", "无需邀请");
        assertThat(MailCatcher.inbox(mailA).stream().filter(m -> m.subject().contains("已开通"))).hasSize(1);
        Api.Answer audit = officer.get("/api/audit?company=" + b + "&entityType=company&entityId=" + b);
        assertThat(audit.json().findValuesAsText("action")).as(audit.body()).containsExactly("UPDATE", "REGISTER");
        assertThat(audit.json().findValuesAsText("actor")).containsOnly(officerUser.username());
    }

    @Test
    void aFileThatIsNotTheTemplateIsRefusedWholeAndNothingIsStored() throws IOException {
        Api officer = Api.as(Keycloak.newBureauOfficer(CITY));
        int before = officer.get("/api/imports").json().size();
        Api.Answer png = officer.post("/api/imports?fileName=a.xlsx", TestPhotos.jpeg(32, 32), XLSX);
        assertThat(png.status()).isEqualTo(400);
        assertThat(png.json().get("fields").findValuesAsText("code")).containsExactly("import.file.notXlsx");
        byte[] template = officer.download("/api/imports/template").body();
        assertThat(officer.post("/api/imports", template, XLSX).json().get("fields").findValuesAsText("code"))
                .containsExactly("import.file.empty");
        byte[] otherHeader;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            workbook.getSheetAt(0).getRow(0).getCell(2).setCellValue("地区");
            workbook.getSheetAt(0).createRow(1).createCell(0).setCellValue(TestCompanies.newCreditCode(DAOLI));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            otherHeader = out.toByteArray();
        }
        Api.Answer header = officer.post("/api/imports", otherHeader, XLSX);
        assertThat(header.status()).isEqualTo(400);
        assertThat(header.json().get("fields").get(0).get("message").asText()).contains("第 3 列", "生产经营场所");
        assertThat(officer.get("/api/imports").json().size()).isEqualTo(before);
    }
}
