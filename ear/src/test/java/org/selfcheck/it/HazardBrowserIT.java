package org.selfcheck.it;

import org.awaitility.Awaitility;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfcheck.it.Organisations.today;

/**
 * In Chromium: the manager plans the remediation and asks for an extension, the principal approves it, a group
 * member verifies and closes the hazard; the non-penalty card follows each step.
 */
@ExtendWith(ArquillianExtension.class)
class HazardBrowserIT {

    private WebDriver driver;

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aPlanAnApprovedExtensionAndVerifiedClosureChangeTheQualificationCard() {
        // its own region and bureau, so that each filing of the hazard reaches the bureau (Ningxia, 灵武市)
        Filings.bureau(Api.as(Keycloak.newUser("admin", java.util.Map.of())), "灵武市应急管理局", "640181", Filings.INTAKE);
        Checks.Setup s = Checks.setUp("浏览器隐患机械有限公司", "640181");
        long id = Checks.completedWithHazard(s, "抛光车间干式除尘器未设泄爆装置");
        String page = "/hazards/" + id;

        driver = Browser.start();
        Browser.loginAndOpen(driver, page, s.company().managerUser());
        assertThat(condition("PLAN_COMPLETE").getAttribute("data-met")).isEqualTo("false");
        assertThat(condition("SELF_FOUND").getAttribute("data-met")).isEqualTo("true");

        type("plan:location", "抛光车间");
        type("plan:presentState", "干式除尘器未设泄爆口");
        type("plan:harm", "可能引发粉尘爆炸");
        type("plan:responsiblePerson", "张伟");
        type("plan:responsibleBody", "设备动力部");
        type("plan:measures", "加装泄爆片和隔爆阀");
        type("plan:fundsAmount_input", "85000");
        type("plan:fundsSource", "安全生产费用");
        WebElement deadline = driver.findElement(By.id("plan:deadline_input"));
        deadline.clear();
        deadline.sendKeys(today().plusDays(20).toString(), Keys.ESCAPE);
        type("plan:contingency", "整改期间停用该系统并设置警示标志");
        driver.findElement(By.id("plan:save")).click();

        Browser.until(driver, d -> "true".equals(condition("PLAN_COMPLETE").getAttribute("data-met")));
        assertThat(condition("UNDER_WAY").getAttribute("data-met")).isEqualTo("true");
        driver.findElement(By.id("steps:start")).click();
        Browser.until(driver, ExpectedConditions.attributeToBe(By.id("hazard-state"), "data-state", "IN_PROGRESS"));

        WebElement requested = driver.findElement(By.id("extension:requestedDeadline_input"));
        requested.clear();
        requested.sendKeys(today().plusDays(50).toString(), Keys.ESCAPE);
        type("extension:reason", "隔爆阀供货延迟");
        driver.findElement(By.id("extension:request")).click();
        Browser.until(driver, ExpectedConditions.attributeToBe(By.cssSelector("[data-decision]"), "data-decision", "PENDING"));
        assertThat(driver.findElement(By.id("deadline")).getText()).isEqualTo(today().plusDays(20).toString());
        driver.quit();

        // the principal himself approves
        driver = Browser.start();
        Browser.loginAndOpen(driver, page, s.principal());
        driver.findElement(By.cssSelector("button[id$=':approve']")).click();
        Browser.until(driver, ExpectedConditions.attributeToBe(By.cssSelector("[data-decision]"), "data-decision", "APPROVED"));
        assertThat(driver.findElement(By.id("deadline")).getText()).isEqualTo(today().plusDays(50).toString());
        driver.quit();

        assertThat(s.company().manager().post("/api/hazards/" + id + "/submit", "{\"text\":\"已安装\"}").status()).isEqualTo(200);

        // a group member verifies with a photo after and closes it
        driver = Browser.start();
        Browser.loginAndOpen(driver, page, s.member());
        new Select(driver.findElement(By.id("photos:kind"))).selectByValue("AFTER");
        driver.findElement(By.id("photos:photo")).sendKeys(TestPhotos.jpegFile(800, 600).toString());
        driver.findElement(By.id("photos:upload")).click();
        Browser.until(driver, ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-photos='AFTER'] img.sc-thumb")));
        type("steps:text", "现场复查：泄爆片、隔爆阀已安装，合格");
        driver.findElement(By.id("steps:pass")).click();

        Browser.until(driver, ExpectedConditions.attributeToBe(By.id("hazard-state"), "data-state", "CLOSED"));
        assertThat(condition("UNDER_WAY").getText()).contains("已整改验收并销号");
        // recorded, plan complete, extension approved, closed: four filings, each delivered with the bureau's receipt
        Awaitility.await("four filings delivered").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    driver.get(Deployments.PORTAL + page);
                    return driver.findElements(By.cssSelector(".sc-filings .sc-filing-DELIVERED")).size() >= 4;
                });
        assertThat(driver.findElements(By.cssSelector(".sc-filings .sc-filing-DELIVERED"))).hasSize(4)
                .allSatisfy(e -> assertThat(e.getText()).isEqualTo("已送达"));
        assertThat(driver.findElement(By.id("filingsForm:filings")).getText())
                .contains("重大事故隐患登记", "整改方案五落实", "延期批准", "验收销号", "灵武市应急管理局", "RC");
        // reported with a receipt, found by the company, a complete plan, closed: it qualifies (R6)
        assertThat(condition("REPORTED").getAttribute("data-met")).isEqualTo("true");
        assertThat(driver.findElement(By.id("qualification")).getAttribute("data-qualified")).isEqualTo("true");
        assertThat(driver.findElement(By.id("history")).getText()).contains("复查通过");
        // after every action the address still names the hazard: reloading shows it again
        assertThat(driver.getCurrentUrl()).endsWith(page);
        driver.navigate().refresh();
        Browser.until(driver, ExpectedConditions.attributeToBe(By.id("hazard-state"), "data-state", "CLOSED"));
    }

    @Test
    void aHazardReportedByHandNamesTheItemPickedFromThoseThatApplyToTheCompany() {
        Organisations.TestCompany company = Organisations.registerMachinery("浏览器登记隐患机械有限公司");
        driver = Browser.start();
        Browser.loginAndOpen(driver, "/hazard/ledger.xhtml", company.managerUser());
        type("reportForm:description", "打磨工位除尘器泄爆片缺失");
        type("reportForm:foundBy", "巡检员");

        // without an item: refused, the message next to the picker, nothing stored
        driver.findElement(By.id("reportForm:report")).click();
        Browser.until(driver, ExpectedConditions.textToBePresentInElementLocated(By.id("reportForm:itemIdMessage"), "判定标准"));
        assertThat(company.manager().get("/api/hazards").json()).isEmpty();

        // the picker lists the company's items grouped by article and finds one by a word of its text
        driver.findElement(By.id("reportForm:itemId")).click();
        Browser.until(driver, ExpectedConditions.visibilityOfElementLocated(By.id("reportForm:itemId_filter")));
        assertThat(driver.findElement(By.id("reportForm:itemId_panel")).getAttribute("textContent"))
                .contains("GM10-2023 第十一条", "GM10-2023 第十三条").doesNotContain("第十二条");
        driver.findElement(By.id("reportForm:itemId_filter")).sendKeys("干式除尘");
        WebElement item = Browser.until(driver, d -> d.findElements(By.cssSelector("[id='reportForm:itemId_panel'] li.ui-selectonemenu-item"))
                .stream().filter(WebElement::isDisplayed).filter(e -> e.getText().startsWith("第十一条(三)")).findFirst().orElse(null));
        item.click();
        driver.findElement(By.id("reportForm:report")).click();

        Browser.until(driver, ExpectedConditions.urlContains("/hazards/"));
        com.fasterxml.jackson.databind.JsonNode ledger = company.manager().get("/api/hazards").json();
        assertThat(ledger).hasSize(1);
        assertThat(ledger.get(0).get("reference").asText()).isEqualTo("GM10-2023 第十一条(三)");
        assertThat(ledger.get(0).get("hazard").get("description").asText()).isEqualTo("打磨工位除尘器泄爆片缺失");
    }

    private WebElement condition(String kind) {
        return driver.findElement(By.cssSelector("li[data-condition='" + kind + "']"));
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
