package org.selfcheck.routes;

import org.selfcheck.routes.port.FilingOutbox;
import org.selfcheck.routes.port.FilingReceipt;
import org.selfcheck.routes.port.OutgoingFiling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * An outbox in memory for route tests: hands out due filings, records every call, and notes every call that breaks
 * the protocol (an outcome for a filing that was not claimed, or for another attempt). A filing to retry is due at
 * once, whatever its next attempt time, so that a test does not wait for the backoff.
 */
final class InMemoryFilingOutbox implements FilingOutbox {

    sealed interface Call permits Delivered, RetryLater, DeadLetter {
        String filingId();
    }

    record Delivered(String filingId, FilingReceipt receipt) implements Call {
    }

    record RetryLater(String filingId, int attempt, String error, Instant nextAttemptAt) implements Call {
    }

    record DeadLetter(String filingId, int attempt, String error) implements Call {
    }

    private enum State { DUE, CLAIMED, DELIVERED, DEAD }

    private static final class Entry {
        final OutgoingFiling filing;
        State state = State.DUE;
        int attempts;

        Entry(OutgoingFiling filing) {
            this.filing = filing;
        }
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    final List<String> violations = new CopyOnWriteArrayList<>();
    final AtomicInteger claims = new AtomicInteger();
    private final AtomicInteger failingClaims = new AtomicInteger();
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /** Adds a due filing whose digest is the SHA-256 of its body. */
    synchronized OutgoingFiling add(String filingId, String intakeUrl, String receiptKeysUrl, String body) {
        OutgoingFiling filing = new OutgoingFiling(filingId, intakeUrl, receiptKeysUrl, body, TestBureau.sha256Hex(body), 1,
                TestBureau.MADE_AT);
        entries.put(filingId, new Entry(filing));
        return filing;
    }

    /** The next {@code times} claims fail, as with a database that is down. */
    void failNextClaims(int times) {
        failingClaims.set(times);
    }

    @Override
    public synchronized List<OutgoingFiling> claim(int max) {
        claims.incrementAndGet();
        if (failingClaims.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("database unavailable");
        }
        List<OutgoingFiling> due = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (due.size() == max) {
                break;
            }
            if (entry.state == State.DUE) {
                entry.state = State.CLAIMED;
                entry.attempts++;
                OutgoingFiling f = entry.filing;
                due.add(new OutgoingFiling(f.filingId(), f.intakeUrl(), f.receiptKeysUrl(), f.body(), f.digest(), entry.attempts,
                        f.createdAt()));
            }
        }
        return due;
    }

    @Override
    public synchronized void delivered(String filingId, FilingReceipt receipt) {
        calls.add(new Delivered(filingId, receipt));
        settle(claimedEntry(filingId, -1), State.DELIVERED);
    }

    @Override
    public synchronized void retryLater(String filingId, int attempt, String error, Instant nextAttemptAt) {
        calls.add(new RetryLater(filingId, attempt, error, nextAttemptAt));
        settle(claimedEntry(filingId, attempt), State.DUE);
    }

    @Override
    public synchronized void deadLetter(String filingId, int attempt, String error) {
        calls.add(new DeadLetter(filingId, attempt, error));
        settle(claimedEntry(filingId, attempt), State.DEAD);
    }

    private Entry claimedEntry(String filingId, int attempt) {
        Entry entry = entries.get(filingId);
        if (entry == null || entry.state != State.CLAIMED) {
            violations.add("outcome for " + filingId + ", which is not claimed");
        } else if (attempt != -1 && attempt != entry.attempts) {
            violations.add("outcome of attempt " + attempt + " for " + filingId + ", claimed for attempt " + entry.attempts);
        }
        return entry;
    }

    private static void settle(Entry entry, State state) {
        if (entry != null) {
            entry.state = state;
        }
    }

    /** Every filing is delivered or a dead letter. */
    synchronized boolean settled() {
        return entries.values().stream().allMatch(e -> e.state == State.DELIVERED || e.state == State.DEAD);
    }

    List<Delivered> deliveries() {
        return of(Delivered.class);
    }

    List<RetryLater> retries() {
        return of(RetryLater.class);
    }

    List<DeadLetter> deadLetters() {
        return of(DeadLetter.class);
    }

    List<Call> callsFor(String filingId) {
        return calls.stream().filter(c -> filingId.equals(c.filingId())).collect(Collectors.toList());
    }

    private <T extends Call> List<T> of(Class<T> type) {
        return calls.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }
}
