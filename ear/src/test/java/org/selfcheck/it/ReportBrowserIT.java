package org.selfcheck.it;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The principal signs the quarterly report in Chromium, logging in again at Keycloak, and downloads its PDF. */
@ExtendWith(ArquillianExtension.class)
class ReportBrowserIT {

    private WebDriver driver;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void thePrincipalLogsInAgainToSignAndDownloadsThePdf() throws IOException {
        Checks.Setup s = Checks.setUp("浏览器报告机械有限公司");
        long id = ReportApiIT.submitted(s);
        String page = "/reports/" + id;

        driver = Browser.start();
        Browser.loginAndOpen(driver, page, s.principal());
        assertThat(driver.findElement(By.id("report-status")).getAttribute("data-status")).isEqualTo("SUBMITTED");
        driver.findElement(By.id("sign")).click();

        // Keycloak asks for the password again although the session is open
        Browser.until(driver, ExpectedConditions.visibilityOfElementLocated(By.id("password")));
        // Keycloak shows the user it re-authenticates (login_hint); a username field, if any, is filled in
        for (WebElement username : driver.findElements(By.id("username"))) {
            if (username.isDisplayed() && username.isEnabled()) {
                username.clear();
                username.sendKeys(s.principal().username());
            }
        }
        driver.findElement(By.id("password")).sendKeys(s.principal().password());
        driver.findElement(By.id("kc-login")).click();

        Browser.until(driver, ExpectedConditions.attributeToBe(By.id("report-status"), "data-status", "SIGNED"));
        assertThat(driver.findElement(By.id("verification")).getAttribute("data-valid")).isEqualTo("true");
        String digest = driver.findElement(By.id("digest")).getText();
        assertThat(digest).matches("[0-9a-f]{64}");

        // the PDF as the browser downloads it, with the session
        String base64 = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById('pdf').href).then(r => r.arrayBuffer()).then(b => {
                  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s));
                });""");
        byte[] pdf = Base64.getDecoder().decode(base64);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            String compact = text.replaceAll("\\s", "");
            assertThat(compact).contains("浏览器报告机械有限公司", "抛光车间干式除尘器未设泄爆装置", digest);
            assertThat(compact).contains(ReportApiIT.currentQuarter().substring(0, 4) + "年第" + ReportApiIT.currentQuarter().substring(5) + "季度");
        }
    }
}
