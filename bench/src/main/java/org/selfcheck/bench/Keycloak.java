package org.selfcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Keycloak the bench command started, with the demo realm: the benchmark's users are imported in bulk (the
 * realm's partial import, existing ones skipped), and tokens are taken by password grant of the development client
 * {@code selfcheck-cli}, as the integration tests do.
 */
final class Keycloak {

    /** A user of the benchmark: his login, realm role and the attribute that ties him to a company or jurisdiction. */
    record User(String username, String role, String attribute, String value) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int IMPORT_BATCH = 100;

    private final URI base;
    private final String password;
    private final HttpClient http;

    Keycloak(URI base, String password, HttpClient http) {
        this.base = base;
        this.password = password;
        this.http = http;
    }

    /** Imports the users (all with the bench password), in batches; answers how many were added. */
    int importUsers(List<User> users, String adminUser, String adminPassword) throws IOException, InterruptedException {
        // this Keycloak is the benchmark's own: one hash iteration of its default algorithm makes importing and logging
        // in the users a matter of seconds (about 110 ms of CPU each with the default policy, 66 s for 600 users), and
        // takes nothing from what is measured (the portal, not Keycloak's logins)
        String setup = token("master", "admin-cli", adminUser, adminPassword, null).get("access_token").asText();
        HttpResponse<String> policy = http.send(HttpRequest.newBuilder(base.resolve("/admin/realms/selfcheck"))
                .header("Authorization", "Bearer " + setup).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"passwordPolicy\":\"hashIterations(1)\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (policy.statusCode() != 204) {
            throw new IllegalStateException("Keycloak refused the benchmark's password policy: " + policy.statusCode() + " " + policy.body());
        }
        int added = 0;
        for (int from = 0; from < users.size(); from += IMPORT_BATCH) {
            // a token per batch: an admin token lives a minute
            String admin = token("master", "admin-cli", adminUser, adminPassword, null).get("access_token").asText();
            List<Map<String, Object>> batch = new ArrayList<>();
            for (User u : users.subList(from, Math.min(users.size(), from + IMPORT_BATCH))) {
                batch.add(Map.of("username", u.username(), "enabled", true, "emailVerified", true,
                        "firstName", "基准", "lastName", u.role(), "email", u.username() + "@bench.example",
                        "attributes", Map.of(u.attribute(), List.of(u.value())),
                        "realmRoles", List.of(u.role()),
                        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))));
            }
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/admin/realms/selfcheck/partialImport"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                            Map.of("ifResourceExists", "SKIP", "users", batch)))).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("Keycloak's partial import answered " + r.statusCode() + ": " + r.body());
            }
            added += JSON.readTree(r.body()).path("added").asInt();
        }
        return added;
    }

    /** An access token of a benchmark user. */
    String accessToken(String username) throws IOException, InterruptedException {
        return token("selfcheck", "selfcheck-cli", username, password, null).get("access_token").asText();
    }

    /** An ID token from a fresh login: what signing a report asks for. */
    String idToken(String username) throws IOException, InterruptedException {
        return token("selfcheck", "selfcheck-cli", username, password, "openid").get("id_token").asText();
    }

    private JsonNode token(String realm, String client, String username, String secret, String scope)
            throws IOException, InterruptedException {
        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("grant_type", "password", "client_id", client,
                "username", username, "password", secret));
        if (scope != null) {
            form.put("scope", scope);
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")))).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("a password grant for " + username + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
