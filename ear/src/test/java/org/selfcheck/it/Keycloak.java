package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The real Keycloak that bin/test started: tokens by password grant (client selfcheck-cli) and test users
 * made through the admin REST API with the bootstrap admin of that Keycloak.
 */
final class Keycloak {

    static final String URL = "http://localhost:8180";
    static final String REALM = URL + "/realms/selfcheck";
    static final String PASSWORD = "Test-" + UUID.randomUUID();

    private static final ObjectMapper JSON = new ObjectMapper();

    private Keycloak() {
    }

    /** A user made for one test. */
    record User(String username, String password) {
        String token() {
            return Keycloak.token(username, password);
        }
    }

    /** A new user with the realm role {@code role} (and {@code more} roles, if any), the attributes and {@link #PASSWORD}. */
    static User newUser(String role, Map<String, String> attributes, String... more) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = adminToken();
        Map<String, Object> user = Map.of(
                "username", username, "enabled", true, "emailVerified", true,
                "firstName", "测试", "lastName", role, "email", username + "@test.example",
                "attributes", attributes.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))),
                "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false)));
        HttpResponse<String> created = Http.send(HttpRequest.newBuilder(URI.create(URL + "/admin/realms/selfcheck/users"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(user))).build());
        expect(created, 201);
        String location = created.headers().firstValue("Location").orElseThrow();
        List<String> representations = new java.util.ArrayList<>();
        for (String r : java.util.stream.Stream.concat(java.util.stream.Stream.of(role), java.util.Arrays.stream(more)).toList()) {
            representations.add(Http.read(expect(Http.send(HttpRequest.newBuilder(URI.create(URL + "/admin/realms/selfcheck/roles/" + r))
                    .header("Authorization", "Bearer " + admin).GET().build()), 200).body()).toString());
        }
        expect(Http.send(HttpRequest.newBuilder(URI.create(location + "/role-mappings/realm"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + String.join(",", representations) + "]")).build()), 204);
        return new User(username, PASSWORD);
    }

    /** The account of a user name as Keycloak's admin API gives it, with its realm roles ({@code realmRoles}); none: null. */
    static JsonNode account(String username) {
        String admin = adminToken();
        JsonNode found = Http.read(expect(Http.send(HttpRequest.newBuilder(URI.create(URL
                        + "/admin/realms/selfcheck/users?exact=true&briefRepresentation=false&username="
                        + java.net.URLEncoder.encode(username, java.nio.charset.StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + admin).GET().build()), 200).body());
        if (found.isEmpty()) {
            return null;
        }
        com.fasterxml.jackson.databind.node.ObjectNode account = (com.fasterxml.jackson.databind.node.ObjectNode) found.get(0);
        JsonNode roles = Http.read(expect(Http.send(HttpRequest.newBuilder(URI.create(URL + "/admin/realms/selfcheck/users/"
                        + account.get("id").asText() + "/role-mappings/realm"))
                .header("Authorization", "Bearer " + admin).GET().build()), 200).body());
        account.set("realmRoles", roles);
        return account;
    }

    static User newCompanyUser(String role, String creditCode) {
        return newUser(role, Map.of("company_code", creditCode));
    }

    /** An officer of a province's bureau who administers its officers (bureau-admin). */
    static User newProvinceAdmin(String province) {
        return newUser("bureau-officer", Map.of("region_code", province), "bureau-admin");
    }

    static User newBureauOfficer(String regionPrefix) {
        return newUser("bureau-officer", Map.of("region_code", regionPrefix));
    }

    /** An ID token from a fresh password login (scope openid): the proof of a fresh login that signing asks for. */
    static String idToken(User user) {
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("grant_type", "password", "client_id", "selfcheck-cli", "scope", "openid",
                        "username", user.username(), "password", user.password()))).build());
        return Http.read(expect(r, 200).body()).get("id_token").asText();
    }

    static String token(String username, String password) {
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("grant_type", "password", "client_id", "selfcheck-cli",
                        "username", username, "password", password))).build());
        return Http.read(expect(r, 200).body()).get("access_token").asText();
    }

    /**
     * The realm's answer to a password grant of {@code client} (e.g. Keycloak's own {@code admin-cli}, which every
     * realm has) with {@code scope}: status and body, whatever they are.
     */
    static HttpResponse<String> passwordGrant(String client, User user, String scope) {
        return Http.send(HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("grant_type", "password", "client_id", client, "scope", scope,
                        "username", user.username(), "password", user.password()))).build());
    }

    private static String adminToken() {
        String user = System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_USERNAME", "kcadmin");
        String password = System.getenv("KC_BOOTSTRAP_ADMIN_PASSWORD");
        if (password == null) {
            throw new IllegalStateException("KC_BOOTSTRAP_ADMIN_PASSWORD is not set: run the tests with wildfly-config/bin/test");
        }
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(URL + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("grant_type", "password", "client_id", "admin-cli", "username", user, "password", password))).build());
        return Http.read(expect(r, 200).body()).get("access_token").asText();
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    private static HttpResponse<String> expect(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.request().uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return r;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
