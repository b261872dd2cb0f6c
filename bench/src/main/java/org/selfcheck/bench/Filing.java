package org.selfcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.HdrHistogram.Histogram;
import org.selfcheck.filing.FilingDocument;
import org.selfcheck.shared.Quarter;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Figure 1: the filing pipeline (outbox → Camel → the bureau's intake → receipt stored), fed by what files most often:
 * a major hazard recorded by a company's safety manager, which is filed like a signed report and through the same route.
 * Three parts: a sustained rate (50 filings/s, open loop) with the latency from the filing's commit to its stored
 * receipt; a burst recorded as fast as the clients can, drained, and counted at the intake (lost, duplicated); and the
 * limit, the same documents POSTed straight to the same intake endpoint by as many clients as the route sends with
 * (those repeats are answered from the stored receipt, idempotently, after the same checks: a limit that, if anything,
 * favours the raw POST).
 */
final class Filing {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A safety manager with his token and the catalogue item his hazards are recorded against. */
    private record Manager(String token, long itemId) {
    }

    private Filing() {
    }

    static List<Figure> measure(URI portalBase, Portal portal, Keycloak keycloak, Connection db, List<String> managers,
                                URI tokenEndpoint, String filingClient, String filingSecret, int rate, Duration sustained,
                                int burst, int clients, int routeParallelism) throws Exception {
        HttpClient http = Portal.client();
        List<Manager> callers = new ArrayList<>();
        for (String m : managers) {
            String token = keycloak.accessToken(m);
            JsonNode items = portal.get("/api/hazards/items", token);
            callers.add(new Manager(token, items.get(0).path("id").asLong()));
        }
        AtomicInteger sequence = new AtomicInteger();
        List<Figure> figures = new ArrayList<>();

        // sustained: one hazard every 1/rate s, whatever the answers' times (open loop)
        ConcurrentLinkedQueue<Long> sustainedIds = new ConcurrentLinkedQueue<>();
        // a fixed-rate task never overlaps itself: each tick hands its recording to a pool
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ExecutorService senders = Executors.newFixedThreadPool(4 * clients);
        long count = rate * sustained.toSeconds();
        AtomicInteger sent = new AtomicInteger();
        ticker.scheduleAtFixedRate(() -> {
            if (sent.incrementAndGet() <= count) {
                senders.submit(() -> record(http, portalBase, callers, sequence.getAndIncrement(), sustainedIds));
            }
        }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        Thread.sleep(sustained.toMillis() + 1000);
        ticker.shutdown();
        senders.shutdown();
        senders.awaitTermination(60, TimeUnit.SECONDS);
        Delivery steady = await(db, List.copyOf(sustainedIds), Duration.ofMinutes(2));
        figures.add(new Figure("Filing at " + rate + "/s, p99 commit → receipt", steady.latency.getValueAtPercentile(99) / 1000.0,
                "ms", null, null, "≤ 1000 ms", steady.latency.getValueAtPercentile(99) <= 1_000_000,
                new Figure.Latency(steady.latency.getValueAtPercentile(50) / 1000.0, steady.latency.getValueAtPercentile(95) / 1000.0,
                        steady.latency.getValueAtPercentile(99) / 1000.0),
                String.format(Locale.ROOT, "%d recorded in %d s, delivered %d, p50 %.0f ms", sustainedIds.size(), sustained.toSeconds(),
                        steady.delivered, steady.latency.getValueAtPercentile(50) / 1000.0)));

        // burst: as fast as the clients can record, then drained
        ConcurrentLinkedQueue<Long> burstIds = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long begin = System.nanoTime();
        for (int i = 0; i < burst; i++) {
            pool.submit(() -> record(http, portalBase, callers, sequence.getAndIncrement(), burstIds));
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        double recordSeconds = (System.nanoTime() - begin) / 1e9;
        Delivery drained = await(db, List.copyOf(burstIds), Duration.ofMinutes(20));
        double drainSeconds = drained.lastReceiptSecondsAfterFirstCommit;
        double pipelinePerSecond = drained.delivered / Math.max(0.001, drainSeconds);

        // the limit: the burst's documents POSTed straight to the intake
        String bureauToken = clientToken(http, tokenEndpoint, filingClient, filingSecret);
        List<String[]> documents = documents(db, List.copyOf(burstIds));
        Load.Result raw = Load.run(routeParallelism, Duration.ofSeconds(2), Duration.ofSeconds(10), (worker, n) -> {
            String[] d = documents.get((int) ((worker * 104729L + n) % documents.size()));
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(portalBase.resolve("/api/intake/filings"))
                    .header("Authorization", "Bearer " + bureauToken).header("Content-Type", "application/json")
                    .header("Idempotency-Key", d[0]).POST(HttpRequest.BodyPublishers.ofString(d[1])).build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200 || r.statusCode() == 201;
        });
        figures.add(new Figure("Filing pipeline, " + burst + "-filing burst", pipelinePerSecond, "filings/s",
                "raw POST to the intake", raw.perSecond(), "≥ 0.8×", pipelinePerSecond >= 0.8 * raw.perSecond(),
                new Figure.Latency(drained.latency.getValueAtPercentile(50) / 1000.0, drained.latency.getValueAtPercentile(95) / 1000.0,
                        drained.latency.getValueAtPercentile(99) / 1000.0),
                String.format(Locale.ROOT, "recorded in %.1f s, drained %.1f s after the first commit; lost %d, duplicated %d (at the intake); raw POST %d clients, p50 %.1f ms, errors %d",
                        recordSeconds, drainSeconds, burstIds.size() - drained.delivered, drained.duplicated, routeParallelism,
                        raw.millis(50), raw.errors())));
        return figures;
    }

    /** Records a hazard (which files it); its id is kept when the portal answered 201. */
    private static void record(HttpClient http, URI base, List<Manager> callers, int n, ConcurrentLinkedQueue<Long> ids) {
        Manager m = callers.get(n % callers.size());
        try {
            String body = JSON.writeValueAsString(java.util.Map.of("source", "DAILY", "description", "基准测试隐患 " + n,
                    "foundOn", LocalDate.now(Quarter.ZONE).toString(), "foundBy", "基准", "itemId", m.itemId()));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/hazards"))
                    .header("Authorization", "Bearer " + m.token()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 201) {
                ids.add(JSON.readTree(r.body()).path("hazard").path("id").asLong());
            }
        } catch (java.io.IOException e) {
            // counted as not recorded: the figure's note shows recorded against asked
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How the filings of some hazards were delivered. */
    private record Delivery(long delivered, long duplicated, Histogram latency, double lastReceiptSecondsAfterFirstCommit) {
    }

    /** Waits until every hazard's recorded filing has its receipt (or the time is up), then reads their times. */
    private static Delivery await(Connection db, List<Long> hazardIds, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        Array ids = db.createArrayOf("bigint", hazardIds.toArray());
        while (System.nanoTime() < deadline) {
            try (PreparedStatement s = db.prepareStatement(
                    "SELECT count(*) FILTER (WHERE status <> 'DELIVERED') FROM filing WHERE hazard_id = ANY (?)")) {
                s.setArray(1, ids);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getLong(1) == 0) {
                        break;
                    }
                }
            }
            Thread.sleep(200);
        }
        Histogram latency = new Histogram(3);
        long delivered = 0;
        try (PreparedStatement s = db.prepareStatement("""
                SELECT EXTRACT(EPOCH FROM (delivered_at - created_at)) * 1e6,
                       EXTRACT(EPOCH FROM (max(delivered_at) OVER () - min(created_at) OVER ()))
                  FROM filing WHERE hazard_id = ANY (?) AND status = 'DELIVERED'""")) {
            s.setArray(1, ids);
            double span = 0;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    latency.recordValue(Math.max(1, (long) r.getDouble(1)));
                    span = r.getDouble(2);
                    delivered++;
                }
            }
            long duplicated;
            try (PreparedStatement d = db.prepareStatement("""
                    SELECT count(*) - count(DISTINCT i.filing_id) FROM intake_filing i JOIN filing f ON f.id = i.filing_id
                     WHERE f.hazard_id = ANY (?)""")) {
                d.setArray(1, ids);
                try (ResultSet r = d.executeQuery()) {
                    r.next();
                    duplicated = r.getLong(1);
                }
            }
            return new Delivery(delivered, duplicated, latency, span);
        }
    }

    /** The filings' envelopes as the route sends them: id (the idempotency key) and body. */
    private static List<String[]> documents(Connection db, List<Long> hazardIds) throws Exception {
        List<String[]> documents = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(
                "SELECT id, document, digest, jws FROM filing WHERE hazard_id = ANY (?) AND status = 'DELIVERED' LIMIT 2000")) {
            s.setArray(1, db.createArrayOf("bigint", hazardIds.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    documents.add(new String[]{r.getString(1), FilingDocument.Sealed.envelope(r.getString(2), r.getString(3).strip(), r.getString(4))});
                }
            }
        }
        return documents;
    }

    private static String clientToken(HttpClient http, URI tokenEndpoint, String client, String secret) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(tokenEndpoint)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((client + ":" + secret).getBytes()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("the filing client's token: " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body()).get("access_token").asText();
    }
}
