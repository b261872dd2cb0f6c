package org.selfcheck.routes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bureau's intake, in the test JVM: checks the bearer token, stores a filing once per Idempotency-Key, answers
 * with a receipt signed by an EC P-256 key of its own, and publishes that key's JWK set at {@code /keys}. What it
 * answers can be replaced per test ({@link #answers}).
 */
final class FakeIntake implements AutoCloseable {

    /** A POST as the intake received it; header names in lower case. */
    record Request(String method, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String filingId() {
            return header("Idempotency-Key");
        }
    }

    record Answer(int status, String body) {
    }

    final TestBureau bureau = TestBureau.ec("bureau-2026");
    final List<Request> posts = new CopyOnWriteArrayList<>();
    final AtomicInteger keyFetches = new AtomicInteger();
    volatile Set<String> acceptedTokens = Set.of("token-1");
    volatile Function<Request, Answer> answers = this::receipt;

    private final Map<String, String> receiptNumbers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> receipts = new ConcurrentHashMap<>();
    private final AtomicInteger nextReceiptNo = new AtomicInteger();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final HttpServer server;

    private FakeIntake() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/intake/filings", this::intake);
        server.createContext("/keys", this::keys);
        server.setExecutor(executor);
        server.start();
    }

    static FakeIntake start() {
        try {
            return new FakeIntake();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String intakeUrl() {
        return baseUrl() + "/intake/filings";
    }

    String keysUrl() {
        return baseUrl() + "/keys";
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The normal answer: the filing stored once per Idempotency-Key, and a receipt over the digest of what arrived. */
    Answer receipt(Request request) {
        String filingId = request.filingId();
        String receiptNo = receiptNumbers.computeIfAbsent(filingId, id -> "R-" + nextReceiptNo.incrementAndGet());
        receipts.computeIfAbsent(filingId, id -> new AtomicInteger()).incrementAndGet();
        return new Answer(201, bureau.answer(receiptNo, filingId, TestBureau.sha256Hex(request.body())));
    }

    /** How many receipts the intake gave for a filing. */
    int receiptsFor(String filingId) {
        AtomicInteger count = receipts.get(filingId);
        return count == null ? 0 : count.get();
    }

    List<Request> postsOf(String filingId) {
        return posts.stream().filter(p -> filingId.equals(p.filingId())).collect(Collectors.toList());
    }

    /** Answers {@code status} the first {@code times} times, then a receipt. */
    Function<Request, Answer> failingFirst(int times, int status, String body) {
        AtomicInteger calls = new AtomicInteger();
        return request -> calls.incrementAndGet() <= times ? new Answer(status, body) : receipt(request);
    }

    /** Answers only when the test ends: longer than any timeout of the route under test. */
    Answer never(Request request) {
        try {
            closing.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Answer(503, "");
    }

    private void intake(HttpExchange exchange) throws IOException {
        try {
            Map<String, List<String>> headers = exchange.getRequestHeaders().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), e -> List.copyOf(e.getValue())));
            Request request = new Request(exchange.getRequestMethod(), headers, exchange.getRequestBody().readAllBytes());
            posts.add(request);
            String authorization = request.header("Authorization");
            boolean authorized = authorization != null && authorization.startsWith("Bearer ")
                    && acceptedTokens.contains(authorization.substring("Bearer ".length()));
            respond(exchange, authorized ? answers.apply(request)
                    : new Answer(401, "{\"error\":\"invalid_token\",\"error_description\":\"expired\"}"));
        } finally {
            exchange.close();
        }
    }

    private void keys(HttpExchange exchange) throws IOException {
        try {
            keyFetches.incrementAndGet();
            respond(exchange, new Answer(200, bureau.publicKeys().toString()));
        } finally {
            exchange.close();
        }
    }

    private static void respond(HttpExchange exchange, Answer answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    /** A port nothing listens on: connecting to it is refused. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
