package org.selfcheck.routes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.selfcheck.routes.port.AccessTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Access tokens for the bureau's intake from its OAuth2 token endpoint (client credentials grant, HTTP Basic client
 * authentication as RFC 6749 §2.3.1 describes it). A token is cached until 30 s before it expires, or until half its
 * lifetime has passed when that lifetime is shorter than a minute; concurrent callers that find no valid token wait
 * for one fetch. A failed fetch is not cached: the next caller tries again. Neither the secret nor a token is
 * ever logged or put in an exception message.
 * <p>
 * Closing lets go of the HTTP client. Java's client has a selector thread that lives while the client is reachable;
 * the thread holds the class loader and the access control context of the deployment that built it, and the
 * deployment's classes (through Camel's statics, the stopped context and its routes) reach this object: kept, the
 * client would keep every class of an undeployed portal in memory.
 */
public final class ClientCredentialsTokens implements AccessTokens, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClientCredentialsTokens.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);
    /** When the answer has no expires_in (RFC 6749 only recommends it): short, so that a token is not kept for long. */
    static final Duration LIFETIME_WHEN_UNKNOWN = Duration.ofSeconds(60);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final int ERROR_TEXT_LIMIT = 200;

    private final URI tokenEndpoint;
    private final String clientId;
    private final String basicAuthorization;
    private volatile HttpClient http;
    private final Clock clock;
    private final Object fetchLock = new Object();
    private volatile Token current;

    public ClientCredentialsTokens(URI tokenEndpoint, String clientId, String clientSecret, HttpClient http, Clock clock) {
        this.tokenEndpoint = Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        this.basicAuthorization = "Basic " + Base64.getEncoder().encodeToString(
                (formEncoded(clientId) + ":" + formEncoded(clientSecret)).getBytes(UTF_8));
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String accessToken() {
        Token token = current;
        if (isValid(token)) {
            return token.value();
        }
        synchronized (fetchLock) {
            token = current;
            if (!isValid(token)) {
                token = fetch();
                current = token;
            }
            return token.value();
        }
    }

    @Override
    public void invalidate() {
        current = null;
    }

    /** Lets go of the HTTP client and the token; a later {@link #accessToken()} fails. */
    @Override
    public void close() {
        http = null;
        current = null;
    }

    private boolean isValid(Token token) {
        return token != null && clock.instant().isBefore(token.refreshAt());
    }

    private Token fetch() {
        // the lifetime counts from before the request, so that the time on the wire is never counted as valid
        Instant requestedAt = clock.instant();
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", basicAuthorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials", UTF_8))
                .build();
        HttpClient client = http;
        if (client == null) {
            throw new IllegalStateException("closed: the portal is stopping");
        }
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not reach the token endpoint " + tokenEndpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching an access token from " + tokenEndpoint, e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the token endpoint " + tokenEndpoint + " answered HTTP "
                    + response.statusCode() + errorOf(response.body()));
        }
        Token token = tokenFrom(response.body(), requestedAt);
        LOG.debug("fetched an access token for client {} from {}, used until {}", clientId, tokenEndpoint, token.refreshAt());
        return token;
    }

    private Token tokenFrom(String body, Instant requestedAt) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the token endpoint " + tokenEndpoint + " answered with something else than JSON", e);
        }
        JsonNode accessToken = json.get("access_token");
        if (accessToken == null || !accessToken.isTextual() || accessToken.asText().isBlank()) {
            throw new IllegalStateException("the token endpoint " + tokenEndpoint + " answered without an access_token");
        }
        JsonNode tokenType = json.get("token_type");
        if (tokenType != null && !"bearer".equalsIgnoreCase(tokenType.asText())) {
            throw new IllegalStateException("the token endpoint " + tokenEndpoint + " answered with a token of type "
                    + tokenType.asText() + ", not a bearer token");
        }
        JsonNode expiresIn = json.get("expires_in");
        Duration lifetime = LIFETIME_WHEN_UNKNOWN;
        if (expiresIn != null && !expiresIn.isNull()) {
            if (!expiresIn.canConvertToLong() && !expiresIn.asText().matches("\\d{1,18}")) {
                throw new IllegalStateException("the token endpoint " + tokenEndpoint + " answered with an expires_in that is no number");
            }
            lifetime = Duration.ofSeconds(Math.max(0, expiresIn.asLong()));
        }
        Duration margin = lifetime.dividedBy(2).compareTo(EXPIRY_MARGIN) < 0 ? lifetime.dividedBy(2) : EXPIRY_MARGIN;
        return new Token(accessToken.asText(), requestedAt.plus(lifetime).minus(margin));
    }

    /** The OAuth2 error of an error answer (RFC 6749 §5.2), or the start of its body when it is not one. */
    private static String errorOf(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode json = JSON.readTree(body);
            JsonNode error = json.get("error");
            if (error != null) {
                JsonNode description = json.get("error_description");
                return ": " + error.asText() + (description == null ? "" : " (" + description.asText() + ")");
            }
        } catch (JsonProcessingException e) {
            // not JSON: the start of the body says more than nothing
        }
        String text = body.strip();
        return ": " + (text.length() > ERROR_TEXT_LIMIT ? text.substring(0, ERROR_TEXT_LIMIT) + "…" : text);
    }

    private static String formEncoded(String value) {
        return URLEncoder.encode(value, UTF_8);
    }

    /** A token and when to stop using it; its toString hides the token, should it ever reach a log. */
    private record Token(String value, Instant refreshAt) {
        @Override
        public String toString() {
            return "Token[refreshAt=" + refreshAt + "]";
        }
    }
}
