package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.selfcheck.demo.DemoScenario;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run command's demo scenario, as a newcomer's first start meets it: a portal on an empty database of its own
 * (bin/test creates {@code selfcheck_demo}), loaded through the REST API as the demo realm's users. Every role finds
 * its part waiting; a second load after a restart changes nothing; {@code member1} confirms his participation and
 * {@code principal1} decides the extension in Chromium.
 */
class DemoScenarioIT {

    private static final String DATABASE = "selfcheck_demo";
    private static final String C1 = DemoScenario.COMPANY_1;

    private static ServerProcess server;
    private static DemoScenario.Loaded loaded;
    /** What the users saw right after the first load, before the browser tests act on it. */
    private static Seen seen;
    private WebDriver driver;

    @BeforeAll
    static void portalOnItsOwnDatabaseWithTheScenario() throws Exception {
        server = ServerProcess.deployAndStart(Map.of("SELFCHECK_DB_URL", databaseUrl()));
        loaded = scenario().load();
        Api manager1 = demo("manager1");
        Api bureauHz = demo("bureau-hz");
        seen = new Seen(manager1.get("/api/organisation?company=" + C1).json(),
                manager1.get("/api/checks/" + loaded.checkId()).json(),
                manager1.get("/api/hazards/" + loaded.extensionHazardId()).json(),
                manager1.get("/api/hazards/" + loaded.verifyHazardId()).json(),
                manager1.get("/api/reports?company=" + C1).json(),
                bureauHz.get("/api/inbox?company=" + C1).json(),
                bureauHz.get("/api/inspections/" + loaded.inspectionId()).json(),
                demo("manager2").get("/api/companies/mine").json(),
                bureauHz.get("/api/applications/pending").json());
    }

    record Seen(JsonNode organisation, JsonNode check, JsonNode extensionHazard, JsonNode verifyHazard, JsonNode reports,
                JsonNode inbox, JsonNode inspection, JsonNode company2, JsonNode applications) {
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void everyDemoRoleFindsItsPartWaiting() {
        // company 1's group is complete, and member1 (李明) is in it and the designated leader
        JsonNode org = seen.organisation();
        assertThat(org.get("compositionStatus").asText()).isEqualTo("COMPLETE");
        assertThat(org.get("leader").get("person").get("username").asText()).isEqualTo("member1");
        assertThat(stream(org.get("composition")).flatMap(c -> stream(c.get("members")))
                .map(m -> m.get("person").path("username").asText())).contains("member1", "manager1");

        // this quarter's check is completed; the principal's and member1's confirmations wait
        JsonNode check = seen.check();
        assertThat(check.get("summary").get("quarter").asText()).isEqualTo(loaded.quarter());
        assertThat(check.get("summary").get("status").asText()).isEqualTo("COMPLETED");
        assertThat(check.get("summary").get("principalName").asText()).isEqualTo("王建国");
        assertThat(check.get("summary").get("principalConfirmedAt").isNull()).isTrue();
        assertThat(participant(check, "member1").get("confirmedAt").isNull()).isTrue();
        assertThat(participant(check, "manager1").get("confirmedAt").isNull()).isFalse();

        // one hazard under remediation with an extension waiting for the principal, one waiting for 复查
        JsonNode extension = seen.extensionHazard();
        assertThat(extension.get("hazard").get("state").asText()).isEqualTo("IN_PROGRESS");
        assertThat(extension.get("hazard").get("checkId").asLong()).isEqualTo(loaded.checkId());
        assertThat(stream(extension.get("extensions")).map(e -> e.get("decision").asText())).containsExactly("PENDING");
        assertThat(extension.get("qualified").asBoolean()).as("self-found, filed, planned, not overdue").isTrue();
        assertThat(seen.verifyHazard().get("hazard").get("state").asText()).isEqualTo("TO_VERIFY");

        // the last ended quarter's report waits for the principal's signature
        JsonNode report = stream(seen.reports()).filter(r -> r.get("id").asLong() == loaded.reportId()).findFirst().orElseThrow();
        assertThat(report.get("quarter").asText()).isEqualTo(loaded.lastQuarter());
        assertThat(report.get("status").asText()).isEqualTo("SUBMITTED");

        // 西湖区's inbox holds the hazards' filings with receipts, and its confirmed spot check judged both findings
        List<JsonNode> inbox = stream(seen.inbox()).toList();
        assertThat(inbox).hasSize(loaded.filingsDelivered()).isNotEmpty();
        assertThat(inbox).allSatisfy(f -> assertThat(f.get("receiptNo").asText()).isNotBlank());
        JsonNode inspection = seen.inspection();
        assertThat(inspection.get("confirmedAt").isNull()).isFalse();
        assertThat(stream(inspection.get("findings")).map(f -> f.get("outcome").asText()))
                .containsExactly("NON_PENALTY", "DOUBLE_PENALTY");
        assertThat(stream(inspection.get("findings")).findFirst().orElseThrow().get("matchedHazardId").asLong())
                .isEqualTo(loaded.extensionHazardId());

        // company 2 is registered for manager2
        assertThat(seen.company2().get("creditCode").asText()).isEqualTo(DemoScenario.COMPANY_2);

        // a company of 西湖区 applied and waits for bureau-hz's decision
        assertThat(seen.applications().findValuesAsText("creditCode")).containsExactly(DemoScenario.APPLICANT);
        assertThat(seen.applications().get(0).get("regionName").asText()).isEqualTo("浙江省杭州市西湖区");
    }

    @Test
    void aSecondLoadAfterARestartChangesNothing() throws Exception {
        Map<String, Long> before = rowCounts();
        server.stop();
        server.start();
        DemoScenario.Loaded again = scenario().load();
        assertThat(again.done()).as("steps done by the second load").isEmpty();
        assertThat(again.checkId()).isEqualTo(loaded.checkId());
        assertThat(again.extensionHazardId()).isEqualTo(loaded.extensionHazardId());
        assertThat(again.reportId()).isEqualTo(loaded.reportId());
        assertThat(again.inspectionId()).isEqualTo(loaded.inspectionId());
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void whatTheUsersDidIsLeftAsItIsByTheNextLoad() {
        // member1's 复查 fails: the hazard goes back to remediation, and the scenario does not submit it again
        Api member1 = demo("member1");
        Api.Answer failed = member1.post("/api/hazards/" + loaded.verifyHazardId() + "/verify",
                "{\"text\":\"铅封缺失，复查未通过\",\"passed\":false}");
        assertThat(failed.status()).as(failed.body()).isEqualTo(200);
        JsonNode before = member1.get("/api/hazards/" + loaded.verifyHazardId()).json();
        assertThat(before.get("hazard").get("state").asText()).isEqualTo("IN_PROGRESS");

        DemoScenario.Loaded again = scenario().load();

        assertThat(again.done()).as("steps done by the next load").isEmpty();
        JsonNode after = member1.get("/api/hazards/" + loaded.verifyHazardId()).json();
        assertThat(after.get("hazard").get("state").asText()).isEqualTo("IN_PROGRESS");
        assertThat(after.get("updates")).hasSameSizeAs(before.get("updates"));
        assertThat(after.get("photos")).hasSameSizeAs(before.get("photos"));
    }

    @Test
    void member1ConfirmsHisParticipationInTheDemoCheck() {
        driver = Browser.start();
        Browser.loginAndOpen(driver, "/checks/" + loaded.checkId(), new Keycloak.User("member1", "demo123"));
        By mine = By.cssSelector("li.sc-participant[data-login='member1']");
        driver.findElement(By.id("confirm:participate")).click();
        Browser.until(driver, ExpectedConditions.attributeToBe(mine, "data-confirmed", "true"));
        assertThat(driver.findElements(By.id("confirm:participate"))).as("nothing left to confirm").isEmpty();
        assertThat(participant(demo("manager1").get("/api/checks/" + loaded.checkId()).json(), "member1")
                .get("confirmedAt").isNull()).isFalse();
    }

    @Test
    void principal1DecidesTheWaitingExtension() {
        driver = Browser.start();
        Browser.loginAndOpen(driver, "/hazards/" + loaded.extensionHazardId(), new Keycloak.User("principal1", "demo123"));
        Browser.until(driver, ExpectedConditions.attributeToBe(By.cssSelector("[data-decision]"), "data-decision", "PENDING"));
        driver.findElement(By.cssSelector("button[id$=':approve']")).click();
        Browser.until(driver, ExpectedConditions.attributeToBe(By.cssSelector("[data-decision]"), "data-decision", "APPROVED"));
        JsonNode hazard = demo("manager1").get("/api/hazards/" + loaded.extensionHazardId()).json();
        assertThat(hazard.get("deadline").asText())
                .isEqualTo(hazard.get("extensions").get(0).get("requestedDeadline").asText());
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static DemoScenario scenario() {
        return new DemoScenario(Deployments.PORTAL, Keycloak.REALM);
    }

    private static Api demo(String username) {
        return Api.as(new Keycloak.User(username, "demo123"));
    }

    private static JsonNode participant(JsonNode check, String login) {
        return stream(check.get("participants")).filter(p -> login.equals(p.get("person").path("username").asText()))
                .findFirst().orElseThrow(() -> new AssertionError(login + " is not recorded as present"));
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    /** The demo database: bin/test's PostgreSQL, database {@value #DATABASE}. */
    private static String databaseUrl() {
        String url = System.getenv("SELFCHECK_DB_URL");
        if (url == null) {
            throw new IllegalStateException("SELFCHECK_DB_URL is not set: run the tests with wildfly-config/bin/test");
        }
        return url.substring(0, url.lastIndexOf('/') + 1) + DATABASE;
    }

    /** Rows in every table of the demo database (Flyway's history aside). */
    private static Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(databaseUrl(), System.getenv().getOrDefault("SELFCHECK_DB_USER", "selfcheck"),
                System.getenv("SELFCHECK_DB_PASSWORD")); Statement s = c.createStatement()) {
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                    + "AND tablename <> 'flyway_schema_history' ORDER BY tablename")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM \"" + t + "\"")) {
                    r.next();
                    counts.put(t, r.getLong(1));
                }
            }
        }
        return counts;
    }
}
