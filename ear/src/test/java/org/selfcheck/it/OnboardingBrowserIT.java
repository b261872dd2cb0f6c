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
}
