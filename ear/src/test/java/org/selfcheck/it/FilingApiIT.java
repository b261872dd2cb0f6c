package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filing with the bureau end to end on the real server, database and Keycloak: the outbox, the Camel delivery
 * route with its client-credentials token, the bundled intake and its signed receipts, and the faults the delivery
 * must survive. Ningxia (64) and Qinghai (63) region codes: no other test routes there.
 */
@ExtendWith(ArquillianExtension.class)
class FilingApiIT {

    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final Logger LOG = Logger.getLogger(FilingApiIT.class.getName());

    private static Api admin() {
        return Api.as(Keycloak.newUser("admin", Map.of()));
    }

    @Test
    void aSignedReportReachesTheBureauOnceWithItsSignedReceiptAndTheHazardCountsAsReported() throws SQLException {
        Filings.bureau(admin(), "银川市兴庆区应急管理局", "640104", Filings.INTAKE);
        Checks.Setup s = Checks.setUp("报送测试机械有限公司", "640104");
        long reportId = ReportApiIT.submitted(s);
        Api principal = Api.as(s.principal());
        Api.Answer signed = principal.post("/api/reports/" + reportId + "/sign", ReportApiIT.sign(s));
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        String reportDigest = signed.json().get("digest").asText();

        Api manager = s.company().manager();
        JsonNode filing = Filings.await(manager, "?report=" + reportId, Filings.status("DELIVERED"), DELIVERY);
        assertThat(filing.get("event").asText()).isEqualTo("REPORT_SIGNED");
        assertThat(filing.get("bureauName").asText()).isEqualTo("银川市兴庆区应急管理局");
        assertThat(filing.get("receiptNo").asText()).matches("RC\\d{8}-\\d{8}");
        String id = filing.get("id").asText();
        // the receipt is the bureau's: it names this filing, its digest and the bureau, and is kept as received
        JsonNode receipt = Filings.payload(filing.get("receiptJws").asText());
        assertThat(receipt.get("filingId").asText()).isEqualTo(id);
        assertThat(receipt.get("digest").asText()).isEqualTo(filing.get("digest").asText());
        assertThat(receipt.get("receiptNo").asText()).isEqualTo(filing.get("receiptNo").asText());
        assertThat(receipt.get("bureau").asText()).isEqualTo("银川市兴庆区应急管理局");
        assertThat(Filings.storedAtBureau(id)).isEqualTo(1);
        // the bureau holds the report as signed: its digest and the portal's JWS travel in the filing
        try (Connection db = Database.connect(); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT document FROM intake_filing WHERE filing_id = '" + id + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(Http.read(rs.getString(1)).get("report").get("digest").asText()).isEqualTo(reportDigest);
        }
        // the hazard of the check was filed when the check completed, and now counts as reported (R6 condition 2)
        JsonNode hazards = manager.get("/api/hazards").json();
        long hazardId = hazards.get(0).get("hazard").get("id").asLong();
        Filings.await(manager, "?hazard=" + hazardId, Filings.status("DELIVERED"), DELIVERY);
        JsonNode reported = java.util.stream.StreamSupport.stream(manager.get("/api/hazards/" + hazardId).json()
                .get("qualification").spliterator(), false).filter(c -> c.get("kind").asText().equals("REPORTED")).findFirst().orElseThrow();
        assertThat(reported.get("met").asBoolean()).as(reported.toString()).isTrue();
        // another company does not see it; the report's own page lists it
        Api other = Organisations.registerMachinery("旁观报送机械有限公司", "640104").manager();
        assertThat(other.get("/api/filings/" + id).status()).isEqualTo(404);
        assertThat(other.get("/api/filings?company=" + s.company().code()).status()).isEqualTo(403);
        assertThat(manager.get("/api/filings/" + id).json().get("status").asText()).isEqualTo("DELIVERED");
    }

    @Test
    void theIntakeStoresAFilingOnceAndOnlyTheFilingServiceMayPost() throws SQLException {
        Filings.bureau(admin(), "银川市金凤区应急管理局", "640106", Filings.INTAKE);
        Organisations.TestCompany company = Organisations.registerMachinery("幂等测试机械有限公司", "640106");
        long hazard = Filings.reportHazard(company.manager(), "配电室未设挡鼠板");
        JsonNode delivered = Filings.await(company.manager(), "?hazard=" + hazard, Filings.status("DELIVERED"), DELIVERY);
        String id = delivered.get("id").asText();
        String body = Filings.envelope(id);
        String service = Filings.serviceToken();

        // a repeated delivery (the answer was lost) gets the original receipt and stores nothing new
        Api.Answer again = Filings.post(service, body);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("receiptNo").asText()).isEqualTo(delivered.get("receiptNo").asText());
        assertThat(again.json().get("jws").asText()).isEqualTo(delivered.get("receiptJws").asText());
        assertThat(Filings.post(service, body).json().get("receiptNo").asText()).isEqualTo(delivered.get("receiptNo").asText());
        assertThat(Filings.storedAtBureau(id)).isEqualTo(1);

        // only the filing service account: not a bureau officer, not a company user, not anonymous
        assertThat(Filings.post(Keycloak.newBureauOfficer("64").token(), body).status()).isEqualTo(403);
        assertThat(Filings.post(company.managerUser().token(), body).status()).isEqualTo(403);
        assertThat(Filings.post(null, body).status()).isEqualTo(401);

        // malformed or altered: 400 naming what is wrong, nothing stored
        int[] before = Filings.storedForCompany(company.code());
        Api.Answer notJson = Filings.post(service, "{\"digest\":");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().get("fields").findValuesAsText("field")).contains("body");
        String altered = body.replace("配电室未设挡鼠板", "配电室已设挡鼠板").replace(id, java.util.UUID.randomUUID().toString());
        Api.Answer tampered = Filings.post(service, altered);
        assertThat(tampered.status()).as(tampered.body()).isEqualTo(400);
        assertThat(tampered.json().get("fields").findValuesAsText("field")).contains("digest");
        assertThat(String.join(" ", tampered.json().get("fields").findValuesAsText("message"))).contains("摘要");
        assertThat(Filings.storedForCompany(company.code())).containsExactly(before);

        // the receipts' key is public
        JsonNode keys = Api.anonymous().get("/api/intake/keys").json();
        assertThat(keys.get("keys").get(0).get("kty").asText()).isEqualTo("EC");
        assertThat(keys.get("keys").get(0).has("d")).isFalse();
    }

    @Test
    void anIntakeAnswering503IsRetriedWithBackoffAndTakesTheFilingOnce() throws SQLException {
        try (IntakeProxy proxy = IntakeProxy.failingFirst(3).start()) {
            Filings.bureau(admin(), "石嘴山市大武口区应急管理局", "640202", proxy.url());
            Organisations.TestCompany company = Organisations.registerMachinery("重试测试机械有限公司", "640202");
            long hazard = Filings.reportHazard(company.manager(), "有限空间作业未审批");
            JsonNode delivered = Filings.await(company.manager(), "?hazard=" + hazard, Filings.status("DELIVERED"), DELIVERY);
            assertThat(delivered.get("attempts").asInt()).as("three answered 503, the fourth was taken").isEqualTo(4);
            assertThat(proxy.posts()).isEqualTo(4);
            assertThat(Filings.storedAtBureau(delivered.get("id").asText())).isEqualTo(1);
        }
    }

    @Test
    void aFilingTheBureauRejectsIsADeadLetterAtOnceThatTheAdminReplays() {
        Api admin = admin();
        try (IntakeProxy rejecting = IntakeProxy.rejecting().start()) {
            long bureau = Filings.bureau(admin, "石嘴山市惠农区应急管理局", "640205", rejecting.url());
            Organisations.TestCompany company = Organisations.registerMachinery("死信测试机械有限公司", "640205");
            long hazard = Filings.reportHazard(company.manager(), "除尘系统未设锁气卸灰装置");
            JsonNode failed = Filings.await(company.manager(), "?hazard=" + hazard, Filings.status("FAILED"), DELIVERY);
            assertThat(failed.get("lastError").asText()).contains("HTTP 400").contains("unsupported document version");
            assertThat(failed.get("attempts").asInt()).as("a rejection is not retried").isEqualTo(1);
            assertThat(rejecting.posts()).isEqualTo(1);
            String id = failed.get("id").asText();
            assertThat(admin.get("/api/filings/problems").json().findValuesAsText("id")).contains(id);
            assertThat(company.manager().post("/api/filings/" + id + "/replay", "{}").status()).isEqualTo(403);

            // the admin points the directory at the right system and replays: delivered, once
            Api.Answer fixed = admin.put("/api/bureaus/" + bureau, """
                    {"name":"石嘴山市惠农区应急管理局","jurisdiction":"640205","intakeUrl":"%s","wants":["REPORT","HAZARD","MILESTONE"]}"""
                    .formatted(Filings.INTAKE));
            assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
            Api.Answer replayed = admin.post("/api/filings/" + id + "/replay", "{}");
            assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
            assertThat(replayed.json().get("status").asText()).isEqualTo("PENDING");
            assertThat(replayed.json().get("replays").asInt()).isEqualTo(1);
            Filings.await(company.manager(), "?hazard=" + hazard, Filings.status("DELIVERED"), DELIVERY);
            assertThat(admin.post("/api/filings/" + id + "/replay", "{}").status()).as("a delivered filing is final").isEqualTo(409);
        }
    }

    @Test
    void aFilingNoBureauCoversIsShownToTheAdminNeverDropped() {
        Api admin = admin();
        Organisations.TestCompany company = Organisations.registerMachinery("无管辖测试机械有限公司", "630102");
        long hazard = Filings.reportHazard(company.manager(), "液氨制冷车间未设氨气浓度报警");
        JsonNode unrouted = Filings.await(company.manager(), "?hazard=" + hazard, Filings.status("UNROUTED"), Duration.ofSeconds(5));
        String id = unrouted.get("id").asText();
        assertThat(admin.get("/api/filings/problems").json().findValuesAsText("id")).contains(id);
        Api.Answer refused = admin.post("/api/filings/" + id + "/replay", "{}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("message").asText()).contains("630102");
        Filings.bureau(admin, "青海省应急管理厅", "63", Filings.INTAKE);
        assertThat(admin.post("/api/filings/" + id + "/replay", "{}").status()).isEqualTo(200);
        JsonNode delivered = Filings.await(company.manager(), "?hazard=" + hazard, Filings.status("DELIVERED"), DELIVERY);
        assertThat(delivered.get("bureauName").asText()).isEqualTo("青海省应急管理厅");
    }

    /**
     * The intake is down while 500 hazards are recorded (each one filed in its transaction), then comes back: every
     * filing is delivered, and the bureau stored each exactly once. Prints how fast the backlog drained.
     */
    @Test
    void filingsMadeWhileTheIntakeIsDownAreAllDeliveredOnceWhenItComesBack() throws Exception {
        int n = 500;
        IntakeProxy proxy = IntakeProxy.failingFirst(0);
        Filings.bureau(admin(), "吴忠市利通区应急管理局", "640302", proxy.url());
        Organisations.TestCompany company = Organisations.registerMachinery("停机测试机械有限公司", "640302");
        long item = Filings.anItem(company.manager());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Long>> reported = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            reported.add(pool.submit(() -> Filings.reportHazard(company.manager(), item, "停机期间发现的隐患 " + k)));
        }
        for (Future<Long> f : reported) {
            f.get();
        }
        pool.shutdown();
        assertThat(Filings.ofCompany(company.code())).hasSize(n);
        assertThat(Filings.storedForCompany(company.code())[0]).as("nothing got through while down").isZero();

        Instant up = Instant.now();
        try (IntakeProxy intake = proxy.start()) {
            Filings.awaitAllDelivered(company.code(), Duration.ofMinutes(5));
            Duration drained = Duration.between(up, Instant.now());
            List<String[]> filings = Filings.ofCompany(company.code());
            assertThat(filings).allSatisfy(f -> assertThat(f[1]).isEqualTo("DELIVERED"));
            int[] stored = Filings.storedForCompany(company.code());
            assertThat(stored).as("stored at the bureau, distinct").containsExactly(n, n);
            Duration span = Filings.deliverySpan(company.code());
            LOG.info(String.format("[filing] intake down: %d filings made; delivered all %d once in %d ms after it came back "
                            + "(%d posts reached the intake); first to last delivery %d ms: %.0f filings/s", n, stored[1],
                    drained.toMillis(), intake.posts(), span.toMillis(), n * 1000.0 / Math.max(1, span.toMillis())));
        }
    }
}
