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
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Figure 1: the filing pipeline (outbox → Camel → the bureau's intake → receipt stored), fed by what files most often:
 * a major hazard recorded by a company's safety manager, which is filed like a signed report and through the same route.
 * Three parts, after a warm-up: a sustained rate (50 filings/s, open loop) with the latency from the filing's commit to
 * its stored receipt; a burst recorded as fast as the clients can while its filings are held back, so that the outbox
 * holds a backlog as after an intake's outage; and the backlog's drain by the route beside the limit, other fresh
 * documents of the same burst POSTed straight to the same intake endpoint by as many clients as the route sends with.
 * Lost and duplicated filings are counted at the intake.
 */
final class Filing {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Opens a connection to the portal's database. */
    @FunctionalInterface
    interface Connections {
        Connection open() throws SQLException;
    }

    /** A safety manager with his token and the catalogue item his hazards are recorded against. */
    private record Manager(FreshToken token, long itemId) {
    }

    private Filing() {
    }

    static List<Figure> measure(URI portalBase, Portal portal, Keycloak keycloak, Connection db, Connections connections,
                                List<String> managers,
                                URI tokenEndpoint, String filingClient, String filingSecret, int rate, Duration sustained,
                                int burst, int clients, int routeParallelism) throws Exception {
        HttpClient http = Portal.client();
        List<Manager> callers = new ArrayList<>();
        for (String m : managers) {
            FreshToken token = new FreshToken(keycloak, m);
            JsonNode items = portal.get("/api/hazards/items", token.get());
            callers.add(new Manager(token, items.get(0).path("id").asLong()));
        }
        AtomicInteger sequence = new AtomicInteger();
        List<Figure> figures = new ArrayList<>();

        // warm-up: the same open-loop rate for a few seconds, delivered and not counted (the first filings after a
        // start wait for the JIT of the whole path)
        sustain(http, portalBase, callers, sequence, rate, Duration.ofSeconds(5), new ConcurrentLinkedQueue<>(), clients);
        Thread.sleep(3000);

        // sustained: one hazard every 1/rate s, whatever the answers' times (open loop)
        ConcurrentLinkedQueue<Long> sustainedIds = new ConcurrentLinkedQueue<>();
        sustain(http, portalBase, callers, sequence, rate, sustained, sustainedIds, clients);
        Delivery steady = await(db, List.copyOf(sustainedIds), Duration.ofMinutes(2));
        figures.add(new Figure("Filing at " + rate + "/s, p99 commit → receipt", steady.latency.getValueAtPercentile(99) / 1000.0,
                "ms", null, null, "≤ 1000 ms", steady.latency.getValueAtPercentile(99) <= 1_000_000,
                new Figure.Latency(steady.latency.getValueAtPercentile(50) / 1000.0, steady.latency.getValueAtPercentile(95) / 1000.0,
                        steady.latency.getValueAtPercentile(99) / 1000.0),
                String.format(Locale.ROOT, "%d recorded in %d s, delivered %d, p50 %.0f ms", sustainedIds.size(), sustained.toSeconds(),
                        steady.delivered, steady.latency.getValueAtPercentile(50) / 1000.0)));

        // burst: recorded as fast as the clients can while two holders lock the new filings (the outbox's claim skips
        // locked rows), so that a backlog builds up as when an intake comes back after an outage. Then half A is POSTed
        // straight to the intake (the limit: fresh documents, by as many clients as the route sends with) while half B
        // is released to the route and drained; A goes to the route last, where the intake answers it idempotently.
        ConcurrentLinkedQueue<Long> burstIds = new ConcurrentLinkedQueue<>();
        Backlog backlog = new Backlog(connections, Instant.now());
        try (backlog) {
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long begin = System.nanoTime();
            for (int i = 0; i < burst; i++) {
                pool.submit(() -> record(http, portalBase, callers, sequence.getAndIncrement(), burstIds));
            }
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.MINUTES);
            double recordSeconds = (System.nanoTime() - begin) / 1e9;
            backlog.stopHolding();

            String bureauToken = clientToken(http, tokenEndpoint, filingClient, filingSecret);
            List<String[]> documents = documents(db, backlog.heldA());
            long rawBegin = System.nanoTime();
            Load.Result raw = post(http, portalBase, bureauToken, documents, routeParallelism);
            double rawSeconds = (System.nanoTime() - rawBegin) / 1e9;

            List<String> drainIds = backlog.heldB();
            backlog.releaseB();
            long undrained = awaitFilings(db, drainIds, Duration.ofMinutes(20));
            // from the first receipt stored to the last: the wait for the route's next tick is not the route's speed
            double drainRate = (drainIds.size() - undrained - 1) / Math.max(0.001, deliverySpanSeconds(db, drainIds));
            backlog.releaseA();
            Delivery drained = await(db, List.copyOf(burstIds), Duration.ofMinutes(20));
            double rawRate = documents.size() / rawSeconds;
            figures.add(new Figure("Filing pipeline, backlog of " + drainIds.size() + " drained", drainRate, "filings/s",
                    "raw POST to the intake", rawRate, "≥ 0.8×", drainRate >= 0.8 * rawRate, null,
                    String.format(Locale.ROOT, "claim → POST → intake → receipt verified and stored, %d at a time, first to last receipt%s; the limit: %d other fresh documents of the burst POSTed by as many clients, p50 %.1f ms, errors %d; of all %d: %d not received at the intake, %d received twice",
                            routeParallelism, undrained == 0 ? "" : " (" + undrained + " not delivered in 20 minutes)",
                            documents.size(), raw.millis(50), raw.errors(), burstIds.size(), drained.lost, drained.duplicated)));
            figures.add(new Figure("Hazards recorded and filed", burstIds.size() / recordSeconds, "filings/s", null, null, null,
                    null, null, String.format(Locale.ROOT, "the burst: %d recorded by %d clients in %.1f s (validated, audited, sealed, in the outbox)",
                            burstIds.size(), clients, recordSeconds)));
        }
        return figures;
    }

    /** Records one hazard every 1/rate s for the duration (open loop: a tick never waits for an answer). */
    private static void sustain(HttpClient http, URI base, List<Manager> callers, AtomicInteger sequence, int rate,
                                Duration duration, ConcurrentLinkedQueue<Long> ids, int clients) throws InterruptedException {
        // a fixed-rate task never overlaps itself: each tick hands its recording to a pool
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ExecutorService senders = Executors.newFixedThreadPool(4 * clients);
        long count = rate * duration.toSeconds();
        AtomicInteger sent = new AtomicInteger();
        ticker.scheduleAtFixedRate(() -> {
            if (sent.incrementAndGet() <= count) {
                senders.submit(() -> record(http, base, callers, sequence.getAndIncrement(), ids));
            }
        }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        Thread.sleep(duration.toMillis() + 1000);
        ticker.shutdown();
        senders.shutdown();
        senders.awaitTermination(60, TimeUnit.SECONDS);
    }

    /** Each document POSTed once to the intake, by {@code clients} at a time. */
    private static Load.Result post(HttpClient http, URI base, String bureauToken, List<String[]> documents, int clients)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long begin = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < documents.size(); i = next.getAndIncrement()) {
                    String[] d = documents.get(i);
                    long t = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve("/api/intake/filings"))
                                .header("Authorization", "Bearer " + bureauToken).header("Content-Type", "application/json")
                                .header("Idempotency-Key", d[0]).POST(HttpRequest.BodyPublishers.ofString(d[1])).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() == 200 || r.statusCode() == 201) {
                            micros.add((System.nanoTime() - t) / 1000);
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        Histogram latency = new Histogram(3);
        micros.forEach(m -> latency.recordValue(Math.max(1, m)));
        return new Load.Result(micros.size() + errors.get(), errors.get(), (System.nanoTime() - begin) / 1e9, latency);
    }

    /**
     * The burst's filings, locked as soon as they are in the outbox by two connections of their own (half A and half
     * B, by the parity of the hazard), every 20 ms until {@link #stopHolding}; a filing the route claimed first is not
     * held and is simply delivered during the recording. The lock is the weakest, {@code FOR KEY SHARE}: the claim's
     * {@code FOR UPDATE SKIP LOCKED} passes it by, but the route's updates of a filing it claimed do not wait for it
     * (PostgreSQL keeps the lock on a row that a pass locked as the route's claim committed, and which no longer
     * matched; with {@code FOR UPDATE}, the route's threads waited for the holder until their transactions timed out,
     * and a backlog of 4,766 drained at 9 filings/s). Each pass looks only at filings made since a few seconds
     * before the newest one held (a transaction commits after it stamps its filing), not at all it holds already.
     * Releasing a half commits its connection.
     */
    private static final class Backlog implements AutoCloseable {
        private static final Duration COMMIT_MARGIN = Duration.ofSeconds(3);
        private final Connection a;
        private final Connection b;
        private Instant since;
        private final Set<String> heldA = ConcurrentHashMap.newKeySet();
        private final Set<String> heldB = ConcurrentHashMap.newKeySet();
        private final ScheduledExecutorService holder = Executors.newSingleThreadScheduledExecutor();
        private final ScheduledFuture<?> holding;

        Backlog(Connections connections, Instant since) throws SQLException {
            this.since = since;
            this.a = connections.open();
            try {
                this.b = connections.open();
                a.setAutoCommit(false);
                b.setAutoCommit(false);
            } catch (SQLException e) {
                a.close();
                throw e;
            }
            holding = holder.scheduleWithFixedDelay(() -> {
                try {
                    hold();
                } catch (SQLException e) {
                    // ends the holding; stopHolding reports it
                    throw new IllegalStateException("could not hold the burst's filings: " + e.getMessage(), e);
                }
            }, 0, 20, TimeUnit.MILLISECONDS);
        }

        private void hold() throws SQLException {
            Instant newest = since;
            for (Connection c : List.of(a, b)) {
                try (PreparedStatement s = c.prepareStatement("""
                        SELECT id, created_at FROM filing WHERE status = 'PENDING' AND hazard_id IS NOT NULL
                           AND hazard_id % 2 = ? AND created_at >= ? FOR KEY SHARE SKIP LOCKED""")) {
                    s.setInt(1, c == a ? 0 : 1);
                    s.setTimestamp(2, Timestamp.from(since));
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            (c == a ? heldA : heldB).add(r.getString(1));
                            Instant made = r.getTimestamp(2).toInstant();
                            newest = made.isAfter(newest) ? made : newest;
                        }
                    }
                }
            }
            Instant watermark = newest.minus(COMMIT_MARGIN);
            since = watermark.isAfter(since) ? watermark : since;
        }

        /** Stops the holder after a last pass; a failure of the holder is reported here. */
        void stopHolding() throws Exception {
            holding.cancel(false);
            holder.shutdown();
            if (!holder.awaitTermination(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the holder of the burst's filings did not stop");
            }
            if (holding.isDone() && !holding.isCancelled()) {
                holding.get(); // throws what ended the holding
            }
            hold();
        }

        List<String> heldA() {
            return List.copyOf(heldA);
        }

        List<String> heldB() {
            return List.copyOf(heldB);
        }

        void releaseA() throws SQLException {
            a.commit();
        }

        void releaseB() throws SQLException {
            b.commit();
        }

        @Override
        public void close() throws SQLException {
            holder.shutdownNow();
            try (a; b) {
                // both closed, even when one fails
            }
        }
    }

    /** Records a hazard (which files it); its id is kept when the portal answered 201. */
    private static void record(HttpClient http, URI base, List<Manager> callers, int n, ConcurrentLinkedQueue<Long> ids) {
        Manager m = callers.get(n % callers.size());
        try {
            String body = JSON.writeValueAsString(java.util.Map.of("source", "DAILY", "description", "基准测试隐患 " + n,
                    "foundOn", LocalDate.now(Quarter.ZONE).toString(), "foundBy", "基准", "itemId", m.itemId()));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/hazards"))
                    .header("Authorization", "Bearer " + m.token().get()).header("Content-Type", "application/json")
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
    private record Delivery(long delivered, long lost, long duplicated, Histogram latency) {
    }

    /** Waits until every hazard's recorded filing has its receipt (or the time is up), then reads their times. */
    private static Delivery await(Connection db, List<Long> hazardIds, Duration limit) throws Exception {
        Array ids = db.createArrayOf("bigint", hazardIds.toArray());
        awaitNone(db, "SELECT count(*) FILTER (WHERE status <> 'DELIVERED') FROM filing WHERE hazard_id = ANY (?)", ids, limit);
        Histogram latency = new Histogram(3);
        long delivered = 0;
        try (PreparedStatement s = db.prepareStatement("""
                SELECT EXTRACT(EPOCH FROM (delivered_at - created_at)) * 1e6
                  FROM filing WHERE hazard_id = ANY (?) AND status = 'DELIVERED'""")) {
            s.setArray(1, ids);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    latency.recordValue(Math.max(1, (long) r.getDouble(1)));
                    delivered++;
                }
            }
            // counted at the intake: a recorded hazard whose filing it never received, and a hazard's event it received twice
            long lost = count(db, """
                    WITH h AS (SELECT unnest(CAST(? AS bigint[])) AS id)
                    SELECT count(*) FROM h WHERE NOT EXISTS (
                        SELECT 1 FROM filing f JOIN intake_filing i ON i.filing_id = f.id WHERE f.hazard_id = h.id)""", ids);
            long duplicated = count(db, """
                    SELECT count(*) - count(DISTINCT (f.hazard_id, f.event)) FROM intake_filing i JOIN filing f ON f.id = i.filing_id
                     WHERE f.hazard_id = ANY (?)""", ids);
            return new Delivery(delivered, lost, duplicated, latency);
        }
    }

    /** The filings' envelopes as the route sends them: id (the idempotency key) and body. */
    private static List<String[]> documents(Connection db, List<String> filingIds) throws Exception {
        List<String[]> documents = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT id, document, digest, jws FROM filing WHERE id = ANY (?)")) {
            s.setArray(1, uuids(db, filingIds));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    documents.add(new String[]{r.getString(1), FilingDocument.Sealed.envelope(r.getString(2), r.getString(3).strip(), r.getString(4))});
                }
            }
        }
        return documents;
    }

    /** Waits until these filings are all delivered, or the time is up; answers how many are not. */
    private static long awaitFilings(Connection db, List<String> filingIds, Duration limit) throws Exception {
        return awaitNone(db, "SELECT count(*) FILTER (WHERE status <> 'DELIVERED') FROM filing WHERE id = ANY (?)",
                uuids(db, filingIds), limit);
    }

    /** Polls a count over these ids until it is 0 or the time is up; answers the last count. */
    private static long awaitNone(Connection db, String countSql, Array ids, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        long left;
        while ((left = count(db, countSql, ids)) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return left;
    }

    /** The seconds from the first to the last receipt stored of these filings. */
    private static double deliverySpanSeconds(Connection db, List<String> filingIds) throws Exception {
        try (PreparedStatement s = db.prepareStatement("""
                SELECT COALESCE(EXTRACT(EPOCH FROM max(delivered_at) - min(delivered_at)), 0) FROM filing
                 WHERE id = ANY (?) AND status = 'DELIVERED'""")) {
            s.setArray(1, uuids(db, filingIds));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getDouble(1);
            }
        }
    }

    private static Array uuids(Connection db, List<String> filingIds) throws SQLException {
        return db.createArrayOf("uuid", filingIds.stream().map(UUID::fromString).toArray());
    }

    private static long count(Connection db, String sql, Array ids) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setArray(1, ids);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
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
