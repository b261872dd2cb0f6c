package org.selfcheck.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The safety manager conducts a check in Chromium, records a hazard with a photo, completes it, and the quarter turns green. */
@ExtendWith(ArquillianExtension.class)
class CheckBrowserIT {

    private WebDriver driver;

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aCheckWithAHazardAndItsPhotoIsCompletedAndTheQuarterTurnsGreen() {
        Organisations.TestCompany company = Organisations.registerMachinery("浏览器检查机械有限公司");
        int quarter = (Organisations.today().getMonthValue() - 1) / 3 + 1;
        String tile = "div.sc-quarter[data-quarter='" + quarter + "']";

        driver = Browser.start();
        Browser.loginAndOpen(driver, "/inspection/checks.xhtml", company.managerUser());
        assertThat(driver.findElement(By.cssSelector(tile)).getAttribute("data-state")).isEqualTo("DUE");
        driver.findElement(By.id("planForm:scope")).sendKeys("全厂：抛光车间、喷漆室、地下污水池");
        driver.findElement(By.id("planForm:plan")).click();

        Browser.until(driver, ExpectedConditions.presenceOfElementLocated(By.id("items:table")));
        assertThat(driver.findElement(By.id("check-status")).getAttribute("data-status")).isEqualTo("PLANNED");
        recordButtonOf("第十一条(三)").click();

        Browser.until(driver, ExpectedConditions.presenceOfElementLocated(By.id("editor:description")));
        assertThat(driver.findElement(By.id("editor")).getText()).contains("干式除尘系统未采取泄爆、惰化、抑爆等任一种爆炸防控措施的");
        driver.findElement(By.cssSelector("#editor input[type='radio'][value='HAZARD']")).click();
        driver.findElement(By.id("editor:description")).sendKeys("抛光车间干式除尘器未设泄爆装置");
        Path photo = TestPhotos.jpegFile(1024, 768);
        driver.findElement(By.id("editor:photo")).sendKeys(photo.toString());
        driver.findElement(By.id("editor:save")).click();

        Browser.until(driver, ExpectedConditions.presenceOfElementLocated(By.cssSelector("img.sc-thumb")));
        assertThat(rowOf("第十一条(三)").findElement(By.cssSelector("[data-outcome]")).getAttribute("data-outcome")).isEqualTo("HAZARD");

        driver.findElement(By.id("actions:remaining")).click();
        Browser.until(driver, ExpectedConditions.textToBePresentInElementLocated(By.id("progress"), "22 / 22"));
        driver.findElement(By.id("actions:complete")).click();
        Browser.until(driver, ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();

        Browser.until(driver, ExpectedConditions.attributeToBe(By.id("check-status"), "data-status", "COMPLETED"));
        assertThat(driver.findElement(By.id("hazards")).getText()).contains("抛光车间干式除尘器未设泄爆装置", "待整改");
        assertThat(driver.getCurrentUrl()).matches(".*/checks/[0-9]+$");

        driver.get(Deployments.PORTAL + "/inspection/checks.xhtml");
        Browser.until(driver, ExpectedConditions.attributeToBe(By.cssSelector(tile), "data-state", "DONE"));
        assertThat(driver.findElement(By.cssSelector(tile)).getText()).contains("已完成排查");

        // the company dashboard leads with the same calendar
        driver.get(Deployments.PORTAL + "/index.xhtml");
        Browser.until(driver, ExpectedConditions.presenceOfElementLocated(By.id("company-name")));
        assertThat(driver.findElement(By.cssSelector("#dashboard-calendar " + tile)).getAttribute("data-state")).isEqualTo("DONE");
        assertThat(driver.findElement(By.cssSelector("#dashboard-calendar [data-attendance]")).getAttribute("data-attendance"))
                .isEqualTo("NOT_YET");
    }

    private WebElement rowOf(String reference) {
        for (WebElement row : driver.findElements(By.cssSelector("#items\\:table tbody tr"))) {
            if (row.findElement(By.cssSelector(".sc-ref")).getText().equals(reference)) {
                return row;
            }
        }
        throw new AssertionError("no row " + reference);
    }

    private WebElement recordButtonOf(String reference) {
        return rowOf(reference).findElement(By.cssSelector("button.sc-record"));
    }
}
