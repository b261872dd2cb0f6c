package org.selfcheck.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfcheck.it.Organisations.addMember;
import static org.selfcheck.it.Organisations.addPerson;
import static org.selfcheck.it.Organisations.appoint;
import static org.selfcheck.it.Organisations.today;

/** The principal designates the leader in Chromium; the leader explains the missing union. */
@ExtendWith(ArquillianExtension.class)
class OrganisationBrowserIT {

    private WebDriver driver;

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void thePrincipalDesignatesALeaderAndTheMissingUnionIsFlaggedUntilTheLeaderRecordsWhy() {
        Organisations.TestCompany company = Organisations.register("浏览器组织测试化工有限公司");
        Keycloak.User principalUser = Keycloak.newCompanyUser("principal", company.code());
        Keycloak.User leaderUser = Keycloak.newCompanyUser("group-member", company.code());
        Api manager = company.manager();
        LocalDate start = today().minusDays(7);
        long chief = addPerson(manager, "褚总经理", "总经理", principalUser.username());
        long deputy = addPerson(manager, "卫副总", "分管安全副总经理", leaderUser.username());
        appoint(manager, "principal", chief, start);
        appoint(manager, "leadership", deputy, start);
        addMember(manager, addPerson(manager, "蒋科长", "安全管理科科长", null), "SAFETY_OFFICE", null, start);
        addMember(manager, addPerson(manager, "沈师傅", "班组长", null), "WORKER_REP", null, start);
        addMember(manager, Organisations.addExternalPerson(manager, "韩工", "浙江安评技术服务有限公司"),
                "REGISTERED_SAFETY_ENGINEER", "ZJ2024001", start);

        driver = Browser.start();
        Browser.loginAndOpen(driver, "/organisation/overview.xhtml", principalUser);
        assertThat(driver.findElement(By.id("leader-card")).getText()).contains("未指定牵头负责人");
        assertThat(driver.findElement(By.cssSelector("li[data-category='UNION']")).getAttribute("data-coverage")).isEqualTo("MISSING");

        driver.findElement(By.id("overview:appoint")).click();
        Browser.until(driver, ExpectedConditions.visibilityOfElementLocated(By.id("appointForm:personId")));
        new Select(driver.findElement(By.id("appointForm:personId"))).selectByVisibleText("卫副总 · 分管安全副总经理");
        driver.findElement(By.id("appointForm:confirm")).click();

        Browser.until(driver, ExpectedConditions.textToBePresentInElementLocated(By.id("leader-card"), "卫副总"));
        assertThat(Api.as(principalUser).get("/api/organisation").json().get("leader").get("person").get("id").asLong())
                .isEqualTo(deputy);
        // the principal keeps no group: he has no button to explain the gap
        assertThat(driver.findElements(By.id("overview:explain"))).isEmpty();
        driver.quit();

        // the designated leader now keeps the group
        driver = Browser.start();
        Browser.loginAndOpen(driver, "/organisation/overview.xhtml", leaderUser);
        assertThat(driver.findElement(By.cssSelector("[data-status]")).getAttribute("data-status")).isEqualTo("INCOMPLETE");
        driver.findElement(By.id("overview:explain")).click();
        Browser.until(driver, ExpectedConditions.visibilityOfElementLocated(By.id("explainForm:reason")));
        new Select(driver.findElement(By.id("explainForm:category"))).selectByValue("UNION");
        driver.findElement(By.id("explainForm:reason")).sendKeys("企业职工 30 人，尚未成立工会，由职工代表参加检查");
        driver.findElement(By.id("explainForm:confirm")).click();

        Browser.until(driver, ExpectedConditions.attributeToBe(By.cssSelector("li[data-category='UNION']"), "data-coverage", "EXPLAINED"));
        assertThat(driver.findElement(By.cssSelector("[data-status]")).getAttribute("data-status")).isEqualTo("EXPLAINED");
        assertThat(driver.findElement(By.cssSelector("div.sc-category[data-category='UNION']")).getText())
                .contains("尚未成立工会");

        // the as-of view shows the day before: no leader yet and the gap unexplained
        driver.get(Deployments.PORTAL + "/organisation/overview.xhtml?date=" + today().minusDays(1));
        Browser.until(driver, ExpectedConditions.textToBePresentInElementLocated(By.id("leader-card"), "未指定牵头负责人"));
        assertThat(driver.findElement(By.cssSelector("li[data-category='UNION']")).getAttribute("data-coverage")).isEqualTo("MISSING");
    }
}
