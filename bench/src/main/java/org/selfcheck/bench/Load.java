package org.selfcheck.bench;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: {@code clients} workers each send one request after the other for a warm-up, whose answers are
 * not counted, then for the measured time. Latency is recorded per request in an HdrHistogram (microseconds, three
 * significant digits); an answer the request judges wrong counts as an error, and its time is not recorded.
 */
final class Load {

    /** One request; true when the answer is the expected one. */
    @FunctionalInterface
    interface Request {
        boolean send(int worker, long sequence) throws Exception;
    }

    /** What a load measured. */
    record Result(long requests, long errors, double seconds, Histogram latency) {
        double perSecond() {
            return requests / seconds;
        }

        Result plus(Result other) {
            Histogram both = latency.copy();
            both.add(other.latency);
            return new Result(requests + other.requests, errors + other.errors, seconds + other.seconds, both);
        }

        double millis(double percentile) {
            return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private Load() {
    }

    /**
     * Loads that are compared, measured in turns: after a warm-up of each, {@code rounds} rounds in which each runs
     * for its share of {@code measured}; each load's result adds up its rounds. On this machine a server's speed drifts
     * by a factor of two within minutes (its JIT still compiling, a collection, another process), so two loads
     * measured one after the other compare the drift as much as the loads.
     */
    static List<Result> interleaved(int clients, Duration warmUp, Duration measured, int rounds, List<Request> requests)
            throws InterruptedException {
        List<Result> total = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            // the first load warms up the server; the others only their own paths
            run(clients, i == 0 ? warmUp : Duration.ofSeconds(3), Duration.ZERO, requests.get(i));
            total.add(null);
        }
        Duration share = measured.dividedBy(rounds);
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < requests.size(); i++) {
                Result r = run(clients, Duration.ofSeconds(1), share, requests.get(i));
                total.set(i, total.get(i) == null ? r : total.get(i).plus(r));
            }
        }
        return total;
    }

    static Result run(int clients, Duration warmUp, Duration measured, Request request) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicBoolean counting = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < clients; w++) {
            int worker = w;
            workers.add(pool.submit(() -> {
                long sequence = 0;
                while (running.get()) {
                    long start = System.nanoTime();
                    boolean ok;
                    try {
                        ok = request.send(worker, sequence++);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception e) {
                        ok = false;
                    }
                    long micros = (System.nanoTime() - start) / 1000;
                    if (counting.get()) {
                        requests.incrementAndGet();
                        if (ok) {
                            recorder.recordValue(Math.max(1, micros));
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                }
            }));
        }
        Thread.sleep(warmUp.toMillis());
        recorder.reset();
        counting.set(true);
        long begin = System.nanoTime();
        Thread.sleep(measured.toMillis());
        counting.set(false);
        double seconds = (System.nanoTime() - begin) / 1e9;
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);
        return new Result(requests.get(), errors.get(), seconds, recorder.getIntervalHistogram());
    }
}
