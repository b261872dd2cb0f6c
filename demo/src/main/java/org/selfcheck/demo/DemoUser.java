package org.selfcheck.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One demo user of the realm at the portal's REST API: logged in at Keycloak by a password grant of the
 * {@code selfcheck-cli} client (the token is fetched again shortly before it expires), JSON in and out. An answer
 * other than the one expected stops the scenario with the status and the portal's error message.
 */
final class DemoUser {

    static final String PASSWORD = "demo123";
    private static final ObjectMapper JSON = new ObjectMapper();

    final String username;
    private final HttpClient http;
    private final String portal;
    private final String realm;
    private String token;
    private Instant expires = Instant.MIN;

    DemoUser(HttpClient http, String portal, String realm, String username) {
        this.http = http;
        this.portal = portal;
        this.realm = realm;
        this.username = username;
    }

    JsonNode get(String path) {
        return expect(send(request(path).GET()), 200);
    }

    /** The answer to a GET, or empty when the portal answers 404. */
    Optional<JsonNode> find(String path) {
        HttpResponse<String> r = send(request(path).GET());
        return r.statusCode() == 404 ? Optional.empty() : Optional.of(expect(r, 200));
    }

    JsonNode post(String path, Object body) {
        return expect(send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body)))), 200, 201);
    }

    JsonNode put(String path, Object body) {
        return expect(send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body)))), 200, 201);
    }

    JsonNode upload(String path, byte[] data, String contentType) {
        return expect(send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(data))), 200, 201);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(portal + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Accept-Language", "zh-CN")
                .header("Authorization", "Bearer " + token());
    }

    /** The user's access token, from a new login when there is none or it is about to expire. */
    String token() {
        if (Instant.now().isAfter(expires)) {
            String form = "grant_type=password&client_id=selfcheck-cli&scope=openid&username="
                    + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + PASSWORD;
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            if (r.statusCode() != 200) {
                throw new DemoException("Keycloak refused the login of " + username + " (" + r.statusCode() + "): " + r.body());
            }
            JsonNode answer = read(r.body());
            token = answer.get("access_token").asText();
            expires = Instant.now().plusSeconds(Math.max(10, answer.get("expires_in").asLong() - 30));
        }
        return token;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest r = request.build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> answer = http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            // the run command keeps this in .run/logs/demo.log
            System.err.printf("%5d ms %s %s %s %d%n", (System.nanoTime() - t0) / 1_000_000, username, r.method(),
                    r.uri().getPath(), answer.statusCode());
            return answer;
        } catch (IOException e) {
            throw new DemoException(r.method() + " " + r.uri() + " did not answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException("interrupted");
        }
    }

    private JsonNode expect(HttpResponse<String> r, int... statuses) {
        for (int s : statuses) {
            if (r.statusCode() == s) {
                return r.body().isEmpty() ? JSON.nullNode() : read(r.body());
            }
        }
        throw new DemoException(username + ": " + r.request().method() + " " + r.uri().getPath() + " answered "
                + r.statusCode() + " " + r.body());
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new DemoException("not JSON: " + body);
        }
    }
}
