package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Bureaus, filings and the bureau's side, for the filing tests: counts are taken at the bureau (its table). */
final class Filings {

    static final String INTAKE = Deployments.PORTAL + "/api/intake/filings";
    static final String KEYS = Deployments.PORTAL + "/api/intake/keys";

    private Filings() {
    }

    /** Adds a bureau for the jurisdiction taking every kind of filing at this intake URL; answers its id. */
    static long bureau(Api admin, String name, String jurisdiction, String intakeUrl) {
        Api.Answer added = admin.post("/api/bureaus", """
                {"name":"%s","jurisdiction":"%s","intakeUrl":"%s","receiptKeysUrl":"%s","wants":["REPORT","HAZARD","MILESTONE"]}"""
                .formatted(name, jurisdiction, intakeUrl, KEYS));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    /** Reports a hazard found in daily work by hand, naming an item that applies to the company; answers its id. */
    static long reportHazard(Api manager, String description) {
        return reportHazard(manager, anItem(manager), description);
    }

    /** Reports a hazard found in daily work by hand, matching the catalogue item {@code itemId}; answers its id. */
    static long reportHazard(Api manager, long itemId, String description) {
        Api.Answer r = manager.post("/api/hazards", """
                {"source":"DAILY","description":"%s","foundOn":"%s","foundBy":"巡检员","itemId":%d}"""
                .formatted(description, Organisations.today(), itemId));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("hazard").get("id").asLong();
    }

    /**
     * The id of an item of the judgment standards that applies to the caller's company (the first one the hazard
     * form offers), for a hazard reported by hand.
     */
    static long anItem(Api manager) {
        Api.Answer items = manager.get("/api/hazards/items");
        assertThat(items.status()).as(items.body()).isEqualTo(200);
        assertThat(items.json()).as("items that apply to the company").isNotEmpty();
        return items.json().get(0).get("id").asLong();
    }

    /** Polls the company's filings (a query such as {@code ?hazard=7}) until one matches; fails after the timeout. */
    static JsonNode await(Api api, String query, Predicate<JsonNode> until, Duration timeout) {
        return Awaitility.await("a filing of " + query).atMost(timeout).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    Api.Answer a = api.get("/api/filings" + query);
                    assertThat(a.status()).as(a.body()).isEqualTo(200);
                    return StreamSupport.stream(a.json().spliterator(), false).filter(until).findFirst();
                }, Optional::isPresent).orElseThrow();
    }

    /** Waits until every filing of the company is delivered (at most {@code timeout}). */
    static void awaitAllDelivered(String creditCode, Duration timeout) {
        Awaitility.await("all filings of " + creditCode + " delivered").atMost(timeout).pollInterval(Duration.ofMillis(250))
                .until(() -> ofCompany(creditCode).stream().allMatch(f -> f[1].equals("DELIVERED")));
    }

    static Predicate<JsonNode> status(String status) {
        return f -> status.equals(f.get("status").asText());
    }

    /** How many times the bureau's intake stored this filing. */
    static int storedAtBureau(String filingId) throws SQLException {
        try (Connection db = Database.connect();
             PreparedStatement st = db.prepareStatement("SELECT count(*) FROM intake_filing WHERE filing_id = CAST(? AS uuid)")) {
            st.setString(1, filingId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The filings of a company as the portal holds them: id, status, attempts. */
    static List<String[]> ofCompany(String creditCode) throws SQLException {
        try (Connection db = Database.connect();
             PreparedStatement st = db.prepareStatement("""
                     SELECT f.id, f.status, f.attempts FROM filing f JOIN company c ON c.id = f.company_id
                      WHERE c.credit_code = ?""")) {
            st.setString(1, creditCode);
            List<String[]> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[]{rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            return rows;
        }
    }

    /** How many filings of a company the bureau stored, and how many distinct ones. */
    static int[] storedForCompany(String creditCode) throws SQLException {
        try (Connection db = Database.connect();
             PreparedStatement st = db.prepareStatement(
                     "SELECT count(*), count(DISTINCT filing_id) FROM intake_filing WHERE credit_code = ?")) {
            st.setString(1, creditCode);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new int[]{rs.getInt(1), rs.getInt(2)};
            }
        }
    }

    /** From the first to the last delivery of a company's filings, as the portal recorded them. */
    static Duration deliverySpan(String creditCode) throws SQLException {
        try (Connection db = Database.connect();
             PreparedStatement st = db.prepareStatement("""
                     SELECT EXTRACT(EPOCH FROM max(f.delivered_at) - min(f.delivered_at)) * 1000
                       FROM filing f JOIN company c ON c.id = f.company_id WHERE c.credit_code = ?""")) {
            st.setString(1, creditCode);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return Duration.ofMillis(rs.getLong(1));
            }
        }
    }

    /** The body the delivery route posts for a stored filing: its envelope, rebuilt from the outbox row. */
    static String envelope(String filingId) throws SQLException {
        try (Connection db = Database.connect();
             PreparedStatement st = db.prepareStatement("SELECT document, digest, jws FROM filing WHERE id = CAST(? AS uuid)")) {
            st.setString(1, filingId);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return "{\"digest\":\"" + rs.getString(2).strip() + "\",\"document\":" + rs.getString(1)
                        + ",\"signature\":\"" + rs.getString(3) + "\"}";
            }
        }
    }

    /** A token of the filing service account (client credentials), as the delivery route gets one. */
    static String serviceToken() {
        String secret = System.getenv("SELFCHECK_FILING_SECRET");
        if (secret == null) {
            throw new IllegalStateException("SELFCHECK_FILING_SECRET is not set: run the tests with wildfly-config/bin/test");
        }
        String basic = Base64.getEncoder().encodeToString(("selfcheck-filing:" + URLEncoder.encode(secret, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(Keycloak.REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Http.read(r.body()).get("access_token").asText();
    }

    /** Posts a body to the intake with a bearer token (or none). */
    static Api.Answer post(String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(INTAKE)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = Http.send(b.build());
        return new Api.Answer(r.statusCode(), r.body());
    }

    /** The payload of a compact JWS, unverified (the route verified it; the tests read what it says). */
    static JsonNode payload(String jws) {
        return Http.read(new String(Base64.getUrlDecoder().decode(jws.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
