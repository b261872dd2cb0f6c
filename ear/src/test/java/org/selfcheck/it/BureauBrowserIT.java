package org.selfcheck.it;

import org.awaitility.Awaitility;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.selfcheck.shared.Quarter;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bureau officer in Chromium: opens the jurisdiction overview, records a spot check of a company with one finding
 * the company reported itself (qualified) and one it did not, sees both outcomes and confirms the record.
 */
@ExtendWith(ArquillianExtension.class)
class BureauBrowserIT {

    private WebDriver driver;

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void anOfficerRecordsASpotCheckAndSeesNonPenaltyForTheReportedHazardAndDoublePenaltyForTheOther() {
        // Guyuan, Ningxia (泾源县 640424): no other test uses it
        Filings.bureau(Api.as(Keycloak.newUser("admin", Map.of())), "泾源县应急管理局", "640424", Filings.INTAKE);
        Checks.Setup s = Checks.setUp("浏览器抽查机械有限公司", "640424");
        long hazardId = Checks.qualifiedSelfReport(s, "抛光车间干式除尘器未设泄爆装置", "抛光车间");
        String itemId = s.company().manager().get("/api/hazards/" + hazardId).json().get("hazard").get("itemId").asText();
        // the inspection begins on a later minute than the bureau's receipts (its time is entered to the minute)
        int minute = LocalTime.now(Quarter.ZONE).getMinute();
        Awaitility.await("the next minute").atMost(Duration.ofSeconds(61)).pollInterval(Duration.ofMillis(500))
                .until(() -> LocalTime.now(Quarter.ZONE).getMinute() != minute);

        driver = Browser.start();
        Browser.loginAndOpen(driver, "/bureau/overview.xhtml", Keycloak.newBureauOfficer("640424"));
        WebElement row = Browser.until(driver, ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tr[contains(., '" + s.company().code() + "')]")));
        assertThat(row.getText()).contains("浏览器抽查机械有限公司");
        assertThat(driver.findElement(By.id("counties")).getText()).as("counties by name").contains("泾源县");
        assertThat(row.getText()).contains("宁夏回族自治区固原市泾源县");
        row.findElement(By.cssSelector("a.sc-inspect")).click();

        Browser.until(driver, ExpectedConditions.visibilityOfElementLocated(By.id("inspection:officers")));
        driver.findElement(By.id("inspection:officers")).sendKeys("马执法、丁执法");
        new Select(driver.findElement(By.id("inspection:findings:0:item"))).selectByValue(itemId);
        driver.findElement(By.id("inspection:findings:0:location")).sendKeys("抛光车间");
        driver.findElement(By.id("inspection:findings:0:description")).sendKeys("干式除尘器无泄爆装置");
        driver.findElement(By.id("inspection:addFinding")).click();
        Select other = new Select(Browser.until(driver, ExpectedConditions.visibilityOfElementLocated(By.id("inspection:findings:1:item"))));
        String otherItem = other.getOptions().stream().map(o -> o.getAttribute("value"))
                .filter(v -> !v.isEmpty() && !v.equals(itemId)).findFirst().orElseThrow();
        other.selectByValue(otherItem);
        driver.findElement(By.id("inspection:findings:1:location")).sendKeys("喷漆房");
        driver.findElement(By.id("inspection:findings:1:description")).sendKeys("未见企业自查记录的隐患");
        driver.findElement(By.id("inspection:record")).click();

        Browser.until(driver, ExpectedConditions.numberOfElementsToBe(By.cssSelector(".sc-outcome"), 2));
        List<WebElement> outcomes = driver.findElements(By.cssSelector(".sc-outcome"));
        assertThat(outcomes.get(0).getAttribute("data-outcome")).isEqualTo("NON_PENALTY");
        assertThat(outcomes.get(0).getText()).contains("建议不予处罚", "抛光车间");
        assertThat(outcomes.get(1).getAttribute("data-outcome")).isEqualTo("DOUBLE_PENALTY");
        assertThat(outcomes.get(1).getText()).contains("一案双罚", "责任倒查名单", "检查总经理", "检查组员");
        driver.findElement(By.id("resultForm:confirm")).click();
        assertThat(Browser.until(driver, ExpectedConditions.visibilityOfElementLocated(By.id("confirmed"))).getText()).contains("已确认");
    }

    @Test
    void aCompanyAsksToMoveItsSiteAndTheCountyApprovesOnAPhone() {
        // 盐池县 640323: no other test uses it
        Organisations.TestCompany company = Organisations.registerMachinery("浏览器迁址机械有限公司", "640323");
        driver = Browser.start();
        Browser.loginAndOpen(driver, "/company/profile.xhtml", company.managerUser());
        assertThat(driver.findElement(By.id("profile:regionCode_input")).getAttribute("readonly")).as("the profile does not move the site")
                .isNotNull();
        assertThat(driver.findElement(By.id("profile:regionCode_input")).getAttribute("value")).isEqualTo("宁夏回族自治区吴忠市盐池县");
        Browser.pickRegion(driver, "region:toRegion", "西宁 城东", "630102");
        driver.findElement(By.id("region:request")).click();
        Browser.until(driver, ExpectedConditions.textToBePresentInElementLocated(By.id("region"), "请说明变更生产经营场所区划的原因"));
        driver.findElement(By.id("region:reason")).sendKeys("整体搬迁至西宁市城东区");
        driver.findElement(By.id("region:request")).click();
        Browser.until(driver, ExpectedConditions.visibilityOfElementLocated(By.id("region-pending")));
        assertThat(driver.findElement(By.id("region-pending")).getText()).contains("宁夏回族自治区吴忠市盐池县", "青海省西宁市城东区");
        driver.quit();

        // the county's officer decides on his phone: a rejection needs a note, then he approves
        driver = Browser.start();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        Browser.loginAndOpen(driver, "/bureau/region-changes.xhtml", Keycloak.newBureauOfficer("640323"));
        WebElement row = Browser.until(driver, ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tr[contains(., '" + company.code() + "')]")));
        assertThat(row.getText()).contains("浏览器迁址机械有限公司", "整体搬迁至西宁市城东区", "宁夏回族自治区吴忠市盐池县", "青海省西宁市城东区");
        row.findElement(By.cssSelector("button[id$=':reject']")).click();
        Browser.until(driver, ExpectedConditions.textToBePresentInElementLocated(By.id("changes"), "不予批准时请填写理由"));
        row = driver.findElement(By.xpath("//tr[contains(., '" + company.code() + "')]"));
        row.findElement(By.cssSelector("textarea[id$=':note']")).sendKeys("搬迁材料齐全");
        row.findElement(By.cssSelector("button[id$=':approve']")).click();
        Browser.until(driver, ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        Browser.until(driver, ExpectedConditions.textToBePresentInElementLocated(By.id("changes"), "没有待审核的区划变更申请"));
        assertThat(company.manager().get("/api/companies/mine").json().get("regionCode").asText()).isEqualTo("630102");
        driver.quit();

        driver = Browser.start();
        Browser.loginAndOpen(driver, "/company/profile.xhtml", company.managerUser());
        assertThat(driver.findElement(By.id("profile:regionCode_hinput")).getAttribute("value")).isEqualTo("630102");
        assertThat(driver.findElement(By.id("profile:regionCode_input")).getAttribute("value")).isEqualTo("青海省西宁市城东区");
        assertThat(driver.findElement(By.id("region:changes")).getText()).contains("已批准", "搬迁材料齐全");
    }
}
