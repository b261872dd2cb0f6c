package org.selfcheck.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A safety manager logs in through Keycloak's form in Chromium and registers his company. */
@ExtendWith(ArquillianExtension.class)
class CompanyRegistrationBrowserIT {

    private WebDriver driver;

    @BeforeEach
    void openBrowser() {
        driver = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }

    @Test
    void aManagerLogsInAndRegistersHisCompany() {
        String code = TestCompanies.newCreditCode("330106");
        Keycloak.User manager = Keycloak.newCompanyUser("safety-manager", code);

        Browser.loginAndOpen(driver, "/company/profile.xhtml", manager);

        assertThat(driver.findElement(By.id("intro")).getText()).contains("本企业尚未登记");
        assertThat(driver.findElement(By.id("profile:creditCode")).getAttribute("value")).isEqualTo(code);
        type("profile:name", "西湖浏览器测试化工有限公司");
        type("profile:industryCode", "C2614");
        type("profile:industryName", "有机化学原料制造");
        type("profile:address", "浙江省杭州市西湖区测试路 8 号");
        driver.findElement(By.id("profile:save")).click();

        // without a site the form says so next to its field and nothing is registered
        Browser.until(driver, ExpectedConditions.textToBePresentInElementLocated(By.id("profile"), "请选择生产经营场所所在的区、县"));
        assertThat(Api.as(manager).get("/api/companies/mine").status()).isEqualTo(404);

        // the site is picked by name: words of the city and the district find it
        Browser.pickRegion(driver, "profile:regionCode", "杭州 西湖", "330106");
        assertThat(driver.findElement(By.id("profile:regionCode_input")).getAttribute("value")).isEqualTo("浙江省杭州市西湖区");
        driver.findElement(By.id("profile:save")).click();

        Browser.until(driver, ExpectedConditions.textToBePresentInElementLocated(By.id("profile"), "企业已登记"));
        assertThat(driver.findElement(By.id("intro")).getText()).contains("企业已登记");
        var registered = Api.as(manager).get("/api/companies/mine").json();
        assertThat(registered.get("name").asText()).isEqualTo("西湖浏览器测试化工有限公司");
        assertThat(registered.get("regionCode").asText()).isEqualTo("330106");
        assertThat(driver.findElement(By.id("profile:regionCode_input")).getAttribute("value")).isEqualTo("浙江省杭州市西湖区");
        assertThat(registered.get("updatedBy").asText()).isEqualTo(manager.username());

        // the registration reaches the history through JMS and Camel; the page shows it once recorded
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            driver.get(Deployments.PORTAL + "/company/profile.xhtml");
            assertThat(driver.findElement(By.id("profile:history")).getText()).contains("企业登记", manager.username());
        });

        // English is one click away
        driver.findElement(By.id("lang:switch")).click();
        Browser.until(driver, ExpectedConditions.textToBePresentInElementLocated(By.id("intro"), "Your company is registered"));
        assertThat(driver.findElement(By.id("profile:save")).getText()).isEqualTo("Save");
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
