package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
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
        // while he reads it, the records change: he confirms his attendance, and approves an extension of its hazard
        Api manager = s.company().manager();
        Api principal = Api.as(s.principal());
        JsonNode shown = manager.get("/api/reports/" + id).json().get("report");
        assertThat(principal.post("/api/checks/%d/attendance".formatted(shown.get("checks").get(0).get("id").asLong())).status())
                .isEqualTo(200);
        long hazard = shown.get("hazards").get(0).get("id").asLong();
        long version = manager.get("/api/hazards/" + hazard).json().get("hazard").get("version").asLong();
        assertThat(manager.put("/api/hazards/" + hazard, """
                {"location":"抛光车间","presentState":"未设泄爆口","harm":"可能引发粉尘爆炸","responsiblePerson":"张伟",
                 "responsibleBody":"设备部","measures":"加装泄爆片","fundsAmount":50000,"fundsSource":"安全生产费用",
                 "deadline":"%s","contingency":"停用并警示","version":%d}""".formatted(Organisations.today().plusDays(10), version))
                .status()).isEqualTo(200);
        String extended = Organisations.today().plusDays(40).toString();
        long extension = manager.post("/api/hazards/" + hazard + "/extensions", "{\"deadline\":\"%s\",\"text\":\"供货延迟\"}"
                .formatted(extended)).json().get("extensions").get(0).get("id").asLong();
        assertThat(principal.post("/api/hazards/%d/extensions/%d/decision".formatted(hazard, extension), "{\"approve\":true}")
                .status()).isEqualTo(200);

        // signing what he read stops and shows what changed; he signs the new content
        driver.findElement(By.id("sign")).click();
        reauthenticate(s);
        Browser.until(driver, ExpectedConditions.visibilityOfElementLocated(By.id("changes")));
        assertThat(driver.findElement(By.id("report-status")).getAttribute("data-status")).isEqualTo("SUBMITTED");
        assertThat(driver.findElements(By.cssSelector("#change-table tr.sc-change")).stream().map(r -> r.getAttribute("data-section")))
                .contains("attendance", "checks", "hazards");
        assertThat(driver.findElement(By.id("change-table")).getText()).contains(extended);
        driver.findElement(By.id("sign-new")).click();
        reauthenticate(s);

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
            assertThat(compact).contains(ReportApiIT.currentQuarter().substring(0, 4) + "年第"
                    + "一二三四".charAt(Integer.parseInt(ReportApiIT.currentQuarter().substring(5)) - 1) + "季度");
            // sealed as at signing: his attendance and the extended deadline, 五落实 as labelled rows
            assertThat(compact).contains("本年度已参加检查", "时限" + extended, "责任人张伟（设备部）", "单位（盖章）");
        }
    }

    /** Keycloak asks for the password again although the session is open; a username field, if any, is filled in. */
    private void reauthenticate(Checks.Setup s) {
        Browser.until(driver, ExpectedConditions.visibilityOfElementLocated(By.id("password")));
        for (WebElement username : driver.findElements(By.id("username"))) {
            if (username.isDisplayed() && username.isEnabled()) {
                username.clear();
                username.sendKeys(s.principal().username());
            }
        }
        driver.findElement(By.id("password")).sendKeys(s.principal().password());
        driver.findElement(By.id("kc-login")).click();
    }
}
