package org.selfcheck.routes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientCredentialsTokensTest {

    private static final String CLIENT_ID = "selfcheck-portal";
    private static final String SECRET = "s3cret-not-for-logs";

    private final TokenEndpoint endpoint = new TokenEndpoint();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T12:00:00Z"));
    private final ClientCredentialsTokens tokens = new ClientCredentialsTokens(endpoint.uri(), CLIENT_ID, SECRET,
            HttpClient.newHttpClient(), clock);

    @AfterEach
    void stopEndpoint() {
        endpoint.close();
    }

    @Test
    void theClientAuthenticatesWithHttpBasicAndAsksForClientCredentials() {
        endpoint.answer(200, "{\"access_token\":\"at-1\",\"token_type\":\"Bearer\",\"expires_in\":300}");

        assertThat(tokens.accessToken()).isEqualTo("at-1");

        assertThat(endpoint.requests).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.authorization()).isEqualTo("Basic "
                    + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8)));
            assertThat(request.contentType()).isEqualTo("application/x-www-form-urlencoded");
            assertThat(request.body()).isEqualTo("grant_type=client_credentials");
        });
    }

    /** A token is used until 30 s before it expires (300 s: 270 s), or for half its life if that is shorter (40 s: 20 s). */
    @ParameterizedTest(name = "expires in {0} s, used for {1} s")
    @CsvSource({"300, 270", "40, 20"})
    void aTokenIsUsedUntilNearItsExpiry(int expiresIn, int usedFor) {
        endpoint.answer(200, "{\"access_token\":\"at-1\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}");
        tokens.accessToken();

        clock.advance(Duration.ofSeconds(usedFor - 1));
        tokens.accessToken();
        assertThat(endpoint.requests).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        tokens.accessToken();
        assertThat(endpoint.requests).hasSize(2);
    }

    @Test
    void anInvalidatedTokenIsFetchedAgain() {
        endpoint.answer(200, "{\"access_token\":\"at-1\",\"expires_in\":300}");
        assertThat(tokens.accessToken()).isEqualTo("at-1");
        endpoint.answer(200, "{\"access_token\":\"at-2\",\"expires_in\":300}");

        tokens.invalidate();

        assertThat(tokens.accessToken()).isEqualTo("at-2");
        assertThat(endpoint.requests).hasSize(2);
    }

    @Test
    void concurrentCallersWithoutAValidTokenShareOneFetch() throws Exception {
        int callers = 16;
        CountDownLatch allCalling = new CountDownLatch(callers);
        endpoint.answer(200, "{\"access_token\":\"at-1\",\"expires_in\":300}");
        // the endpoint answers only once every caller is on its way, so that they all find no valid token
        endpoint.beforeAnswer = () -> await(allCalling);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    allCalling.countDown();
                    return tokens.accessToken();
                }));
            }
            for (Future<String> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("at-1");
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(endpoint.requests).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "401 | {\"error\":\"invalid_client\",\"error_description\":\"Invalid client credentials\"} | HTTP 401: invalid_client (Invalid client credentials)",
            "400 | {\"error\":\"unauthorized_client\"}                                                   | HTTP 400: unauthorized_client",
            "503 | Service Unavailable                                                                  | HTTP 503: Service Unavailable",
            "500 | ''                                                                                   | HTTP 500"})
    void anErrorAnswerFailsWithItsStatusAndError(int status, String body, String expected) {
        endpoint.answer(status, body);

        assertThatIllegalStateException().isThrownBy(tokens::accessToken)
                .withMessageContaining(expected)
                .withMessageNotContaining(SECRET);
    }

    @Test
    void anAnswerWithoutAccessTokenFails() {
        endpoint.answer(200, "{\"token_type\":\"Bearer\",\"expires_in\":300}");

        assertThatIllegalStateException().isThrownBy(tokens::accessToken).withMessageContaining("without an access_token");
    }

    @Test
    void aTokenOfAnotherTypeThanBearerIsRefused() {
        endpoint.answer(200, "{\"access_token\":\"at-1\",\"token_type\":\"DPoP\",\"expires_in\":300}");

        assertThatIllegalStateException().isThrownBy(tokens::accessToken).withMessageContaining("not a bearer token");
    }

    @Test
    void aFailedFetchIsNotCached() {
        endpoint.answer(503, "");
        assertThatIllegalStateException().isThrownBy(tokens::accessToken);
        endpoint.answer(200, "{\"access_token\":\"at-1\",\"expires_in\":300}");

        assertThat(tokens.accessToken()).isEqualTo("at-1");
    }

    @Test
    void anUnreachableTokenEndpointFails() {
        ClientCredentialsTokens unreachable = new ClientCredentialsTokens(
                URI.create("http://127.0.0.1:" + FakeIntake.closedPort() + "/token"), CLIENT_ID, SECRET, HttpClient.newHttpClient(), clock);

        assertThatThrownBy(unreachable::accessToken).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("could not reach the token endpoint").hasMessageNotContaining(SECRET);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A clock a test moves forward. */
    static final class MutableClock extends Clock {
        private final AtomicReference<Instant> now;

        MutableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void advance(Duration duration) {
            now.updateAndGet(instant -> instant.plus(duration));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    /** An OAuth2 token endpoint in the test JVM that records every request and gives the answer a test sets. */
    static final class TokenEndpoint implements AutoCloseable {

        record Request(String method, String authorization, String contentType, String body) {
        }

        final List<Request> requests = new CopyOnWriteArrayList<>();
        volatile Runnable beforeAnswer = () -> { };
        private final AtomicInteger status = new AtomicInteger(200);
        private final AtomicReference<String> body = new AtomicReference<>("");
        private final ExecutorService executor = Executors.newFixedThreadPool(4);
        private final HttpServer server;

        TokenEndpoint() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/token", this::token);
            server.setExecutor(executor);
            server.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/token");
        }

        void answer(int status, String body) {
            this.status.set(status);
            this.body.set(body);
        }

        private void token(HttpExchange exchange) throws IOException {
            try {
                requests.add(new Request(exchange.getRequestMethod(),
                        exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("Content-Type"),
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                beforeAnswer.run();
                byte[] answer = body.get().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status.get(), answer.length == 0 ? -1 : answer.length);
                if (answer.length > 0) {
                    exchange.getResponseBody().write(answer);
                }
            } finally {
                exchange.close();
            }
        }

        @Override
        public void close() {
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
