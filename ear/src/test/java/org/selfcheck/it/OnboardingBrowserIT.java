package org.selfcheck.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole journey in Chromium: a company applies on the public page, the city's officer approves it on his phone,
 * the new safety manager follows the link in Keycloak's mail, sets his password and logs in to his registered company.
 */
@ExtendWith(ArquillianExtension.class)
class OnboardingBrowserIT {

    private static final Pattern ACTION_LINK = Pattern.compile("http://localhost:8180/realms/selfcheck/login-actions/action-token\\?[^\\s\"<>]+");

    private WebDriver driver;

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void fromThePublicPageToTheNewManagersFirstLogin() {
        Api admin = Api.as(Keycloak.newUser("admin", Map.of()));
        if (!admin.get("/api/bureaus").json().findValuesAsText("jurisdiction").contains(OnboardingIT.CITY)) {
            Filings.bureau(admin, "呼和浩特市应急管理局", OnboardingIT.CITY, "http://localhost:8080/api/intake");
        }
        String code = TestCompanies.newCreditCode("150105");
        String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";

        driver = Browser.start();
        driver.get(Deployments.PORTAL + "/public/apply.xhtml");
        Browser.until(driver, ExpectedConditions.visibilityOfElementLocated(By.id("apply:creditCode")));
        type("apply:creditCode", code);
        type("apply:name", "赛罕浏览器入驻化工有限公司");
        type("apply:industryCode", "C2614");
        type("apply:industryName", "有机化学原料制造");
        type("apply:managerName", "钱安全");
        type("apply:managerMobile", "13712345678");
        type("apply:managerEmail", email);
        // without a licence and a site the page says what is missing, next to each field
        driver.findElement(By.id("apply:submit")).click();
        Browser.until(driver, ExpectedConditions.textToBePresentInElementLocated(By.id("apply"), "请上传营业执照"));
        assertThat(driver.findElement(By.id("apply")).getText()).contains("请选择生产经营场所所在的区、县");

        Browser.pickRegion(driver, "apply:regionCode", "呼和浩特 赛罕", "150105");
        driver.findElement(By.id("apply:licence")).sendKeys(TestPhotos.jpegFile(800, 600).toString());
        driver.findElement(By.id("apply:submit")).click();
        Browser.until(driver, ExpectedConditions.visibilityOfElementLocated(By.id("submitted")));
        assertThat(driver.findElement(By.id("next-step")).getText()).contains("呼和浩特市应急管理局", email);
        driver.quit();

        // the city's officer approves it on his phone
        driver = Browser.start();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        Browser.loginAndOpen(driver, "/bureau/applications.xhtml", Keycloak.newBureauOfficer(OnboardingIT.CITY));
        WebElement row = Browser.until(driver, ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tr[contains(., '" + code + "')]")));
        assertThat(row.getText()).contains("赛罕浏览器入驻化工有限公司", "内蒙古自治区呼和浩特市赛罕区", "钱安全", email);
        assertThat(row.findElement(By.cssSelector("a.sc-licence")).getAttribute("href")).endsWith("/licence");
        row.findElement(By.cssSelector("button[id$=':approve']")).click();
        Browser.until(driver, ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        Browser.until(driver, ExpectedConditions.invisibilityOfElementLocated(By.xpath("//tr[contains(., '" + code + "')]")));
        driver.quit();

        // the new manager follows the link in Keycloak's mail, sets his password and logs in
        String text = MailCatcher.awaitText(email, "login-actions/action-token").text();
        Matcher link = ACTION_LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        driver = Browser.start();
        driver.get(link.group().replace("&amp;", "&"));
        // Keycloak may first ask to confirm the actions the link stands for
        Browser.until(driver, ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.id("password-new")),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a[href*='login-actions']"))));
        if (driver.findElements(By.id("password-new")).isEmpty()) {
            driver.findElement(By.cssSelector("a[href*='login-actions']")).click();
            Browser.until(driver, ExpectedConditions.visibilityOfElementLocated(By.id("password-new")));
        }
        String password = "Journey-" + UUID.randomUUID();
        driver.findElement(By.id("password-new")).sendKeys(password);
        driver.findElement(By.id("password-confirm")).sendKeys(password);
        driver.findElement(By.cssSelector("[type=submit]")).click();
        Browser.until(driver, ExpectedConditions.not(ExpectedConditions.presenceOfElementLocated(By.id("password-new"))));
        driver.quit();

        driver = Browser.start();
        Browser.loginAndOpen(driver, "/company/profile.xhtml", new Keycloak.User(email, password));
        Browser.until(driver, ExpectedConditions.visibilityOfElementLocated(By.id("profile:name")));
        assertThat(driver.findElement(By.id("profile:name")).getAttribute("value")).isEqualTo("赛罕浏览器入驻化工有限公司");
        assertThat(driver.findElement(By.id("profile:regionCode_input")).getAttribute("value")).isEqualTo("内蒙古自治区呼和浩特市赛罕区");
        assertThat(Keycloak.account(email).get("emailVerified").asBoolean()).as("the link verified the address").isTrue();
    }

    @Test
    void aCityImportsCompaniesOnTheBulkImportPageAndFollowsTheProgressToTheResultSheet() throws Exception {
        Keycloak.User officer = Keycloak.newBureauOfficer(ImportIT.CITY);
        Api api = Api.as(officer);
        String valid = TestCompanies.newCreditCode(ImportIT.DAOLI);
        java.util.List<java.util.List<String>> rows = java.util.List.of(
                ImportIT.row(valid, "道里页面导入化工有限公司", ImportIT.DAOLI, "是", "未定级", null, null, "13912345600",
                        ImportIT.email("page")),
                ImportIT.row(TestCompanies.newCreditCode(ImportIT.NANGANG), "南岗页面导入机械有限公司", "黑龙江省哈尔滨市南岗区", "否",
                        "未定级", null, null, "13912345601", ImportIT.email("page")),
                ImportIT.row(valid, "", ImportIT.LONGSHA, "是", "未定级", null, null, "139", "x"));
        java.nio.file.Path file = java.nio.file.Files.createTempFile("哈尔滨企业", ".xlsx");
        java.nio.file.Files.write(file, ImportIT.filled(api.download("/api/imports/template").body(), rows));

        driver = Browser.start();
        Browser.loginAndOpen(driver, "/bureau/imports.xhtml", officer);
        Browser.until(driver, ExpectedConditions.visibilityOfElementLocated(By.id("upload:file")));
        assertThat(driver.findElement(By.id("template")).getAttribute("href")).endsWith("/api/imports/template");
        // a photo is no workbook: said next to the field, nothing imported
        driver.findElement(By.id("upload:file")).sendKeys(TestPhotos.jpegFile(64, 64).toString());
        driver.findElement(By.id("upload:submit")).click();
        Browser.until(driver, ExpectedConditions.textToBePresentInElementLocated(By.id("upload"), "不是 Excel 工作簿"));

        driver.findElement(By.id("upload:file")).sendKeys(file.toString());
        driver.findElement(By.id("upload:submit")).click();
        Browser.until(driver, ExpectedConditions.textToBePresentInElementLocated(By.id("upload"), "已收到 3 行"));
        // the poll brings the progress to its end
        Browser.until(driver, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".sc-import-state"), "已完成"));
        WebElement first = driver.findElement(By.xpath("//tbody/tr[1]"));
        assertThat(first.getText()).contains(file.getFileName().toString(), "黑龙江省哈尔滨市", officer.username(),
                "共 3 行：新登记 2，更新 0，无变化 0，未导入 1", "邀请：已发送 2");
        assertThat(first.findElement(By.cssSelector(".sc-import-progress")).getText()).contains("100%");
        String results = first.findElement(By.cssSelector("a.sc-import-results")).getAttribute("href");
        assertThat(results).matches(".*/api/imports/\\d+/results");
        java.util.Map<Integer, java.util.List<String>> sheet = ImportIT.results(api,
                Long.parseLong(results.replaceAll(".*/imports/(\\d+)/results", "$1")));
        assertThat(sheet.get(4).get(14)).isEqualTo("未导入");
        assertThat(sheet.get(4).get(15)).contains("统一社会信用代码：", "与第 2 行");
    }
}
