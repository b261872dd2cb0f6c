package org.selfcheck.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

/** Headless Debian Chromium driven by Debian's chromedriver (no Selenium Manager download). */
final class Browser {

    private Browser() {
    }

    static WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("SELFCHECK_CHROMIUM", "/usr/bin/chromium"));
        try {
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,1024", 
                    "--user-data-dir=" + Files.createTempDirectory("selfcheck-chromium"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("SELFCHECK_CHROMEDRIVER", "/usr/bin/chromedriver")))
                .build();
        return new ChromeDriver(service, options);
    }

    /** Waits up to 20 s; a timeout says where the browser is and what it shows. */
    static <T> T until(WebDriver driver, ExpectedCondition<T> condition) {
        try {
            // a page that is replaced while we look at it is looked at again
            return new WebDriverWait(driver, Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
        } catch (TimeoutException e) {
            String text;
            try {
                text = driver.findElement(org.openqa.selenium.By.tagName("body")).getText();
            } catch (RuntimeException notThere) {
                text = driver.getPageSource();
            }
            throw new AssertionError("timed out waiting for " + condition + " at " + driver.getCurrentUrl()
                    + "; the page reads:\n" + (text.length() > 3000 ? text.substring(0, 3000) : text), e);
        }
    }

    /**
     * Picks a region in a region picker ({@code p:autoComplete} with id {@code id}) by typing {@code words} of its name
     * and choosing the suggestion whose value is {@code code}.
     */
    static void pickRegion(WebDriver driver, String id, String words, String code) {
        org.openqa.selenium.WebElement input = driver.findElement(By.id(id + "_input"));
        input.clear();
        input.sendKeys(words);
        until(driver, ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + id + "_panel'] li[data-item-value='" + code + "']"))).click();
        until(driver, ExpectedConditions.attributeToBe(By.id(id + "_hinput"), "value", code));
    }

    /** Opens a portal page; the portal sends the browser to Keycloak's login form, which we fill in. */
    static void loginAndOpen(WebDriver driver, String path, Keycloak.User user) {
        driver.get(Deployments.PORTAL + path);
        until(driver, ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(user.username());
        driver.findElement(By.id("password")).sendKeys(user.password());
        driver.findElement(By.id("kc-login")).click();
        until(driver, ExpectedConditions.urlContains(Deployments.PORTAL + path));
    }
}
