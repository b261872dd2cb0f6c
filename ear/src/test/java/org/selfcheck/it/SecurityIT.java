package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security findings of issue 15 against the real server: each request that the review saw succeed (or fail with a
 * 500) is refused now, the way a client or a user understands.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    private static final String EVIL = "http://evil.example";

    // --- F1 cross-site requests ------------------------------------------------------------------------------------

    @Test
    void aChangeCarryingOnlyTheSessionCookieIsRefusedWhateverItsOrigin() {
        String code = TestCompanies.newCreditCode(CompanyApiIT.HANGZHOU_XIHU);
        Keycloak.User manager = Keycloak.newCompanyUser("safety-manager", code);
        WebDriver driver = Browser.start();
        try {
            Browser.loginAndOpen(driver, "/index.xhtml", manager);
            Cookie session = driver.manage().getCookieNamed("JSESSIONID");
            assertThat(session).isNotNull();
            // the cookie is a live session: it reads
            assertThat(Http.send(withCookie(session, "/api/companies/mine").header("Accept", "*/*").GET().build()).statusCode())
                    .isIn(200, 404);

            for (String path : List.of("/api/checks/1/results/remaining-compliant", "/api/reports/1/submit",
                    "/api/inspections/1/confirm")) {
                // as a cross-site form would send it: text/plain, Accept of a page, only the cookie
                HttpResponse<String> forged = Http.send(withCookie(session, path).header("Origin", EVIL)
                        .header("Accept", "text/html,*/*").header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("x=1")).build());
                assertThat(forged.statusCode()).as(path).isEqualTo(403);
                assertThat(Http.read(forged.body()).get("code").asText()).isEqualTo("access.bearerRequired");
                // nor from the portal's own origin, nor as JSON (asking for JSON, the cookie is not even looked at: 401)
                HttpResponse<String> sameOrigin = Http.send(withCookie(session, path).header("Origin", Deployments.PORTAL)
                        .header("Accept", "application/json").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
                assertThat(sameOrigin.statusCode()).as(path).isIn(401, 403);
            }
            HttpResponse<String> put = Http.send(withCookie(session, "/api/companies/mine").header("Origin", EVIL)
                    .header("Accept", "*/*").header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(TestCompanies.profileJson(code, "被篡改", CompanyApiIT.HANGZHOU_XIHU, null))).build());
            assertThat(put.statusCode()).isEqualTo(403);
            assertThat(Api.as(manager).get("/api/companies/mine").status()).isEqualTo(404);
        } finally {
            driver.quit();
        }
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() {
        WebDriver driver = Browser.start();
        try {
            Browser.loginAndOpen(driver, "/index.xhtml", Keycloak.newCompanyUser("safety-manager",
                    TestCompanies.newCreditCode(CompanyApiIT.HANGZHOU_XIHU)));
            Cookie session = driver.manage().getCookieNamed("JSESSIONID");
            assertThat(session.getSameSite()).isEqualTo("Lax");
            assertThat(session.isHttpOnly()).isTrue();
            // plain HTTP here; over TLS the server marks it Secure (configure.cli: secure-cookie)
        } finally {
            driver.quit();
        }
    }

    @Test
    void withABearerTokenTheSameChangeGoesThrough() {
        String code = TestCompanies.newCreditCode(CompanyApiIT.HANGZHOU_XIHU);
        Api manager = Api.as(Keycloak.newCompanyUser("safety-manager", code));
        Api.Answer registered = manager.put("/api/companies/mine", TestCompanies.profileJson(code, "令牌测试有限公司", CompanyApiIT.HANGZHOU_XIHU, null));
        assertThat(registered.status()).isEqualTo(201);
    }

    @Test
    void theCatalogueImportTakesNoTextPlainPost() {
        Api admin = Api.as(Keycloak.newUser("admin", Map.of()));
        Api.Answer text = admin.post("/api/catalogue/import", "standard: X-1\n".getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
        Api.Answer form = admin.post("/api/catalogue/import", "standard=X-1".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        assertThat(text.status()).isEqualTo(415);
        assertThat(form.status()).isEqualTo(415);
        assertThat(text.json().get("status").asInt()).isEqualTo(415);
    }

    // --- F4 errors ---------------------------------------------------------------------------------------------------

    @Test
    void aNulByteInAJsonStringIsA400NamingTheFieldAndShowsNoSql() {
        String code = TestCompanies.newCreditCode(CompanyApiIT.HANGZHOU_XIHU);
        Api manager = Api.as(Keycloak.newCompanyUser("safety-manager", code));

        Api.Answer answer = manager.put("/api/companies/mine", TestCompanies.profileJson(code, "甲\\u0000公司", CompanyApiIT.HANGZHOU_XIHU, null));

        assertThat(answer.status()).isEqualTo(400);
        JsonNode field = answer.json().get("fields").get(0);
        assertThat(field.get("field").asText()).isEqualTo("name");
        assertThat(field.get("code").asText()).isEqualTo("text.controlCharacter");
        assertNoInternals(answer.body());
        assertThat(manager.get("/api/companies/mine").status()).isEqualTo(404);
    }

    @Test
    void aNulByteInAQueryParameterIsA400NamingIt() {
        Api bureau = Api.as(Keycloak.newBureauOfficer(CompanyApiIT.HANGZHOU_XIHU));
        Api.Answer answer = bureau.get("/api/checks?company=91330106MA27Y1A30W%00");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("fields").get(0).get("field").asText()).isEqualTo("company");
        assertNoInternals(answer.body());

        Api.Answer escape = bureau.get("/api/overview?quarter=2026Q1%1B");
        assertThat(escape.status()).isEqualTo(400);
        assertThat(escape.json().get("fields").get(0).get("field").asText()).isEqualTo("quarter");
        assertNoInternals(escape.body());
    }

    @Test
    void yearMinusOneIsA400NotA500() {
        String code = TestCompanies.newCreditCode(CompanyApiIT.HANGZHOU_XIHU);
        Api manager = Api.as(Keycloak.newCompanyUser("safety-manager", code));
        manager.put("/api/companies/mine", TestCompanies.profileJson(code, "年份测试有限公司", CompanyApiIT.HANGZHOU_XIHU, null));

        for (String path : List.of("/api/checks?year=-1", "/api/checks/calendar?year=-1", "/api/checks?year=99999")) {
            Api.Answer answer = manager.get(path);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.json().get("fields").get(0).get("code").asText()).isEqualTo("year.range");
        }
        Api.Answer negative = Api.as(Keycloak.newUser("admin", Map.of())).get("/api/companies?first=-1&max=-5");
        assertThat(negative.status()).isEqualTo(400);
        assertNoInternals(negative.body());
    }

    @Test
    void whatJaxRsRefusesIsJsonWithItsStatus() {
        Api manager = Api.as(Keycloak.newCompanyUser("safety-manager", TestCompanies.newCreditCode(CompanyApiIT.HANGZHOU_XIHU)));
        Api.Answer unknown = manager.get("/api/no-such-resource");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("request.rejected");
    }

    @Test
    void aControlCharacterInAPageParameterIsA400NamingIt() {
        HttpResponse<String> page = Http.send(HttpRequest.newBuilder(URI.create(Deployments.PORTAL + "/public/verify.xhtml?digest=ab%00cd"))
                .header("Accept-Language", "zh-CN").GET().build());
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("digest").contains("控制字符");
        assertNoInternals(page.body());
    }

    // --- F5 headers ----------------------------------------------------------------------------------------------------

    @Test
    void aPageIsNeitherFramedNorSniffedAndRunsOnlyItsOwnScripts() {
        HttpResponse<String> page = Http.send(HttpRequest.newBuilder(URI.create(Deployments.PORTAL + "/public/verify.xhtml"))
                .header("Accept", "text/html").GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page);
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertThat(policies).anySatisfy(p -> assertThat(p).contains("frame-ancestors 'none'"));
        // PrimeFaces CSP: scripts only with this response's nonce
        assertThat(policies).anySatisfy(p -> assertThat(p).contains("script-src").contains("'nonce-"));
    }

    @Test
    void anApiAnswerCarriesTheHeadersToo() {
        HttpResponse<String> keys = Http.send(HttpRequest.newBuilder(URI.create(Deployments.PORTAL + "/api/intake/keys"))
                .header("Accept", "application/json").GET().build());
        assertThat(keys.statusCode()).isEqualTo(200);
        assertSecurityHeaders(keys);
        assertThat(keys.headers().allValues("Content-Security-Policy")).anySatisfy(p -> assertThat(p).contains("default-src 'none'"));

        HttpResponse<String> refused = Http.send(HttpRequest.newBuilder(URI.create(Deployments.PORTAL + "/api/companies/mine"))
                .header("Accept", "application/json").GET().build());
        assertSecurityHeaders(refused);
    }

    // --- F8 CORS of /openapi -----------------------------------------------------------------------------------------

    @Test
    void theOpenApiDocumentIsNotSharedWithCredentials() {
        HttpResponse<String> doc = Http.send(HttpRequest.newBuilder(URI.create(Deployments.PORTAL + "/openapi"))
                .header("Origin", EVIL).GET().build());
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.body()).contains("/api/companies/{creditCode}");
        assertThat(doc.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        HttpResponse<String> preflight = Http.send(HttpRequest.newBuilder(URI.create(Deployments.PORTAL + "/openapi"))
                .header("Origin", EVIL).header("Access-Control-Request-Method", "GET")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    // --- F9 robustness -------------------------------------------------------------------------------------------------

    @Test
    void aCompanyUserOnABureauPageGets403() {
        String token = Keycloak.newCompanyUser("safety-manager", TestCompanies.newCreditCode(CompanyApiIT.HANGZHOU_XIHU)).token();
        for (String path : List.of("/bureau/overview.xhtml", "/bureau/inbox.xhtml", "/inspections/1")) {
            HttpResponse<String> page = Http.send(HttpRequest.newBuilder(URI.create(Deployments.PORTAL + path))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/html").GET().build());
            assertThat(page.statusCode()).as(path).isEqualTo(403);
            assertNoInternals(page.body());
        }
    }

    @Test
    void aForgedViewStateGivesTheExpiredPage() {
        String token = Keycloak.newCompanyUser("safety-manager", TestCompanies.newCreditCode(CompanyApiIT.HANGZHOU_XIHU)).token();
        HttpResponse<String> post = Http.send(HttpRequest.newBuilder(URI.create(Deployments.PORTAL + "/index.xhtml"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("lang=lang&lang%3Aswitch=lang%3Aswitch&jakarta.faces.ViewState=-4242%3A1234")).build());

        assertThat(post.statusCode()).isEqualTo(302);
        String location = post.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/expired.xhtml");
        HttpResponse<String> expired = Http.send(HttpRequest.newBuilder(URI.create(location.startsWith("/") ? Deployments.PORTAL + location : location))
                .header("Accept", "text/html").header("Accept-Language", "zh-CN").GET().build());
        assertThat(expired.statusCode()).isEqualTo(200);
        assertThat(expired.body()).contains("页面已过期，请刷新");
    }

    @Test
    void anUnauthenticatedApiCallGets401JsonNotARedirect() {
        // as a browser or curl asks (Accept */* or text/html), which once was sent to the login form
        for (String accept : List.of("*/*", "text/html,application/xhtml+xml", "application/json")) {
            HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(Deployments.PORTAL + "/api/companies/mine"))
                    .header("Accept", accept).GET().build());
            assertThat(r.statusCode()).as(accept).isEqualTo(401);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            assertThat(Http.read(r.body()).get("code").asText()).isEqualTo("access.unauthenticated");
        }
        HttpResponse<String> post = Http.send(HttpRequest.newBuilder(URI.create(Deployments.PORTAL + "/api/reports/1/submit"))
                .header("Accept", "*/*").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(post.statusCode()).isEqualTo(401);
    }

    /** A photo over the limit, uploaded in the browser as a user does: the page comes back with the size message. */
    @Test
    void aTooLargeUploadReturnsToItsPageWithTheSizeMessageInsteadOfA500() throws java.io.IOException {
        Checks.Setup s = Checks.setUp("超大照片测试机械有限公司");
        long hazard = Checks.completedWithHazard(s, "超大照片测试隐患");
        java.nio.file.Path big = java.nio.file.Files.createTempFile("selfcheck-big", ".jpg");
        byte[] photo = new byte[7 * 1024 * 1024];
        Arrays.fill(photo, (byte) 'x');
        java.nio.file.Files.write(big, photo);
        WebDriver driver = Browser.start();
        try {
            Browser.loginAndOpen(driver, "/hazards/" + hazard, s.company().managerUser());
            driver.findElement(By.id("photos:photo")).sendKeys(big.toString());
            driver.findElement(By.id("photos:upload")).click();
            Browser.until(driver, ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "照片不能超过 5 MB"));
            assertThat(driver.findElement(By.tagName("body")).getText()).as("back on the hazard's page")
                    .contains("超大照片测试隐患").doesNotContain("出错了");
        } finally {
            driver.quit();
            java.nio.file.Files.deleteIfExists(big);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------------------

    private static HttpRequest.Builder withCookie(Cookie session, String path) {
        return HttpRequest.newBuilder(URI.create(Deployments.PORTAL + path))
                .header("Cookie", session.getName() + "=" + session.getValue());
    }

    private static void assertSecurityHeaders(HttpResponse<?> r) {
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(r.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(r.headers().allValues("Content-Security-Policy")).isNotEmpty();
    }

    /** No SQL, no driver or Java class, no stack frame: what the review found in the 500s. */
    private static void assertNoInternals(String body) {
        assertThat(body).doesNotContainIgnoringCase("insert into").doesNotContainIgnoringCase("update company")
                .doesNotContain("SQL").doesNotContain("ERROR:").doesNotContain("org.postgresql").doesNotContain("org.hibernate")
                .doesNotContain("Exception:").doesNotContain("at org.").doesNotContain("0x00");
    }
}
