package org.selfcheck.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bureau whose intake fails on purpose: a real HTTP server in the test JVM, between the portal's delivery route
 * and the real intake, that answers 503 to the first N posts and forwards the rest unchanged (token and body), or is
 * down altogether (nothing listens on its port). What reaches the bureau is counted in the intake's table.
 */
final class IntakeProxy implements AutoCloseable {

    private final int port;
    private final int failFirst;
    private final boolean reject;
    private final long answerDelayMillis;
    private final AtomicInteger posts = new AtomicInteger();
    private HttpServer server;

    private IntakeProxy(int port, int failFirst, boolean reject, long answerDelayMillis) {
        this.port = port;
        this.failFirst = failFirst;
        this.reject = reject;
        this.answerDelayMillis = answerDelayMillis;
    }

    /** A proxy on a free port, not started yet: the intake is down until {@link #start()}. */
    static IntakeProxy failingFirst(int n) {
        return new IntakeProxy(freePort(), n, false, 0);
    }

    /** A bureau system that refuses every filing as malformed (400): no retry can help. */
    static IntakeProxy rejecting() {
        return new IntakeProxy(freePort(), 0, true, 0);
    }

    /**
     * A bureau that stores each filing at once but answers only after a delay: a sender that dies in between has
     * delivered without knowing it (the lost answer), and must get the same receipt when it sends again.
     */
    static IntakeProxy answeringAfter(long millis) {
        return new IntakeProxy(freePort(), 0, false, millis);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://localhost:" + port + "/intake/filings";
    }

    /** Every POST that reached the proxy, answered 503 or forwarded. */
    int posts() {
        return posts.get();
    }

    IntakeProxy start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/intake/filings", this::handle);
        server.start();
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        int n = posts.incrementAndGet();
        int status;
        byte[] answer;
        if (reject) {
            status = 400;
            answer = "{\"code\":\"schema\",\"message\":\"unsupported document version\"}".getBytes(StandardCharsets.UTF_8);
        } else if (n <= failFirst) {
            status = 503;
            answer = "{\"error\":\"maintenance\"}".getBytes(StandardCharsets.UTF_8);
        } else {
            HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(Filings.INTAKE))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (auth != null) {
                forward.header("Authorization", auth);
            }
            HttpResponse<String> r = Http.send(forward.build());
            status = r.statusCode();
            answer = r.body().getBytes(StandardCharsets.UTF_8);
            pause(answerDelayMillis);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The bureau takes its time to answer: a simulated delay, not a wait for something. */
    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
