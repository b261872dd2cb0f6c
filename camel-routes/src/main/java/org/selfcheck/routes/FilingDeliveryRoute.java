package org.selfcheck.routes;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.Route;
import org.apache.camel.StatefulService;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.selfcheck.routes.port.AccessTokens;
import org.selfcheck.routes.port.FilingOutbox;
import org.selfcheck.routes.port.FilingReceipt;
import org.selfcheck.routes.port.OutgoingFiling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers filings from the {@link FilingOutbox} to the bureaus' intakes. On every tick of a timer it claims a batch
 * of due filings, and after a full batch with a delivery another at once until the backlog is drained, and POSTs
 * them, several at a time, each with a bearer token and its id as {@code Idempotency-Key} (so that a filing sent
 * again after a lost answer is stored once). What happens to a filing depends on the answer:
 * <ul>
 *   <li><b>200, 201</b>: the receipt is verified ({@link ReceiptVerifier}); a verified receipt makes the filing
 *       delivered, an {@link InvalidReceiptException} is a failed attempt, never a delivery.</li>
 *   <li><b>400, 409, 413, 415, 422</b>: the bureau rejects the document itself (malformed, conflicting, too large,
 *       wrong media type, invalid); sending it again cannot help, so it is a dead letter at once.</li>
 *   <li><b>401, 403</b>: the token is forgotten ({@link AccessTokens#invalidate()}) and the attempt failed; the next
 *       attempt fetches a new token.</li>
 *   <li><b>404</b>: a wrong intake URL, not a wrong filing: a failed attempt, as an admin may fix the bureau
 *       directory before the attempts run out.</li>
 *   <li><b>408, 429, 5xx, any other status</b>, and any exception (connection refused, timeout, an unknown host, a
 *       token endpoint that fails, ...): a failed attempt.</li>
 * </ul>
 * A failed attempt is retried later as {@link Redelivery} says, or becomes a dead letter when it was the last one.
 * The outbox keeps that state, not Camel, so this route is the one exception to error handling in
 * {@link SelfCheckRouteConfiguration}: it has no error handler ({@code noErrorHandler}, which keeps that
 * configuration's redelivery and dead letter channel away, as a filing never goes to a JMS queue), and it catches
 * every failure per filing with doTry/doCatch, before any onException could see it, so that one filing never stops
 * the others of its batch nor the route. A failure to claim is logged, and the next tick tries again. When the
 * outcome of an attempt cannot be recorded (the database is down), the filing stays claimed until its lease
 * expires, and is sent again then; the {@code Idempotency-Key} makes that safe.
 * <p>
 * The intakes are called through a camel-http component of this route's own ({@value #INTAKE_COMPONENT}), with
 * the timeouts of {@link FilingDeliverySettings} and without HttpClient's automatic retries.
 */
public class FilingDeliveryRoute extends RouteBuilder {

    public static final String ROUTE_ID = "filing-delivery";
    public static final String CLAIM_STEP = "claim-due-filings";
    public static final String PREPARE_STEP = "prepare-intake-request";
    public static final String POST_STEP = "post-filing-to-intake";
    public static final String ANSWER_STEP = "record-intake-answer";
    public static final String FAILURE_STEP = "record-failed-attempt";

    /** The longest part of an answer's body (or an exception's message) kept in an error text. */
    static final int ERROR_TEXT_LIMIT = 500;
    /** The intake rejects the document itself: no later attempt can succeed. */
    static final Set<Integer> REJECTED = Set.of(400, 409, 413, 415, 422);

    private static final Logger LOG = LoggerFactory.getLogger(FilingDeliveryRoute.class);
    private static final String FILING = "SelfCheckFiling";
    private static final String BATCH = "SelfCheckFilingBatch";
    /** Whether the last claim was a full batch of which one was delivered, so that more filings may be due. */
    private static final String MORE = "SelfCheckFilingMore";
    private static final String INTAKE_ENDPOINT = "SelfCheckIntakeEndpoint";
    /** The name of this route's own camel-http component. */
    static final String INTAKE_COMPONENT = "selfcheck-intake";

    private final FilingOutbox outbox;
    private final AccessTokens tokens;
    private final ReceiptVerifier verifier;
    private final Redelivery redelivery;
    private final FilingDeliverySettings settings;
    private final Clock clock;
    private final AtomicInteger failedClaims = new AtomicInteger();

    public FilingDeliveryRoute(FilingOutbox outbox, AccessTokens tokens, ReceiptVerifier verifier,
                               Redelivery redelivery, FilingDeliverySettings settings) {
        this(outbox, tokens, verifier, redelivery, settings, Clock.systemUTC());
    }

    /** @param clock the time retries are scheduled from, and receipts are checked against */
    public FilingDeliveryRoute(FilingOutbox outbox, AccessTokens tokens, ReceiptVerifier verifier,
                               Redelivery redelivery, FilingDeliverySettings settings, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.redelivery = Objects.requireNonNull(redelivery, "redelivery");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void configure() {
        getContext().addComponent(INTAKE_COMPONENT, intakeComponent());
        // made by the context's manager, so that it is shut down with the context
        ExecutorService senders = getContext().getExecutorServiceManager()
                .newFixedThreadPool(this, "FilingDelivery", settings.parallelism());

        fromF("%s?period=%d&delay=%d", Endpoints.FILING_OUTBOX_POLL, settings.pollMillis(), settings.pollMillis())
                .routeId(ROUTE_ID)
                .errorHandler(noErrorHandler())
                .setProperty(MORE, constant(true))
                // a full batch with a delivery means more are due and the intake takes them: claimed again at once, so
                // that a backlog drains at the intake's speed, not one batch per tick (issue 16: 50 per 500 ms capped
                // it at 100/s); never once the route is stopping (an undeploy or a node's restart waits for this tick)
                .loopDoWhile(exchange -> exchange.getProperty(MORE, false, Boolean.class) && polling())
                    .doTry()
                        .process(this::claim).id(CLAIM_STEP)
                    .doCatch(Exception.class)
                        .process(this::claimFailed)
                    .end()
                    .filter(exchange -> !exchange.getMessage().getBody(List.class).isEmpty())
                        .split(body()).parallelProcessing().executorService(senders)
                            .doTry()
                                .process(this::prepareRequest).id(PREPARE_STEP)
                                .toD("${exchangeProperty." + INTAKE_ENDPOINT + "}").id(POST_STEP)
                                .process(this::recordAnswer).id(ANSWER_STEP)
                            .doCatch(Exception.class)
                                .process(this::recordFailure).id(FAILURE_STEP)
                            .end()
                        .end()
                        .process(this::logBatch)
                    .end()
                .end();
    }

    /** Whether the route's timer still runs: a stopping route (or context) stops its consumer first. */
    private boolean polling() {
        Route route = getContext().getRoute(ROUTE_ID);
        return route != null && route.getConsumer() instanceof StatefulService timer && timer.isRunAllowed()
                && !timer.isSuspending() && !timer.isSuspended();
    }

    private void claim(Exchange exchange) {
        List<OutgoingFiling> due = outbox.claim(settings.batchSize());
        int failed = failedClaims.getAndSet(0);
        if (failed > 0) {
            LOG.info("claiming due filings works again, after {} failed polls", failed);
        }
        exchange.getMessage().setBody(due == null ? List.of() : due);
        exchange.setProperty(BATCH, new BatchOutcome(due == null ? 0 : due.size()));
        exchange.setProperty(MORE, due != null && due.size() >= settings.batchSize());
    }

    private void claimFailed(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        // one stack trace per outage, not one per tick
        if (failedClaims.getAndIncrement() == 0) {
            LOG.error("could not claim due filings from the outbox; trying again every {} ms", settings.pollMillis(), failure);
        } else {
            LOG.debug("still cannot claim due filings from the outbox: {}", String.valueOf(failure));
        }
        exchange.getMessage().setBody(List.of());
        exchange.setProperty(MORE, false);
    }

    private void prepareRequest(Exchange exchange) throws InvalidPayloadException {
        OutgoingFiling filing = exchange.getMessage().getMandatoryBody(OutgoingFiling.class);
        exchange.setProperty(FILING, filing);
        Message request = exchange.getMessage();
        // nothing of the timer's exchange (nor any other Camel header) may reach the bureau
        request.removeHeaders("*");
        request.setHeader(Exchange.HTTP_METHOD, "POST");
        request.setHeader(Exchange.CONTENT_TYPE, "application/json; charset=UTF-8");
        request.setHeader("Accept", "application/json");
        request.setHeader("Authorization", "Bearer " + tokens.accessToken());
        request.setHeader("Idempotency-Key", filing.filingId());
        request.setBody(filing.body());
        exchange.setProperty(INTAKE_ENDPOINT, intakeEndpoint(filing.intakeUrl()));
    }

    /**
     * The camel-http component of the intakes, apart from the context's "http" and "https" so that its settings
     * are this route's alone: the timeouts of the settings, no redirect, no cookie, and no retry of its own, as
     * Apache HttpClient 5 would otherwise POST again by itself on 429 and 503; the outbox decides when to try again.
     */
    private HttpComponent intakeComponent() {
        long timeout = settings.httpTimeout().toMillis();
        HttpComponent http = new HttpComponent();
        http.setConnectTimeout(timeout);
        http.setConnectionRequestTimeout(timeout);
        http.setResponseTimeout(timeout);
        http.setSoTimeout(timeout);
        http.setAutomaticRetriesDisabled(true);
        http.setFollowRedirects(false);
        http.setRedirectHandlingDisabled(true);
        http.setCookieManagementDisabled(true);
        http.setUseGlobalSslContextParameters(true);
        return http;
    }

    /** The endpoint of an intake on {@link #INTAKE_COMPONENT}: a POST whose answer's status this route reads. */
    private static String intakeEndpoint(String intakeUrl) {
        String scheme = URI.create(intakeUrl).getScheme();
        if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("the intake URL is not an http(s) URL: " + intakeUrl);
        }
        return INTAKE_COMPONENT + ":" + intakeUrl + (intakeUrl.contains("?") ? "&" : "?")
                + "httpMethod=POST&throwExceptionOnFailure=false";
    }

    private void recordAnswer(Exchange exchange) {
        OutgoingFiling filing = exchange.getProperty(FILING, OutgoingFiling.class);
        BatchOutcome batch = exchange.getProperty(BATCH, BatchOutcome.class);
        Message answer = exchange.getMessage();
        int status = answer.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        String body = answer.getBody(String.class);
        answer.removeHeaders("*");
        if (status == 200 || status == 201) {
            FilingReceipt receipt = verifier.verify(body, filing, clock.instant());
            outbox.delivered(filing.filingId(), receipt);
            batch.delivered.incrementAndGet();
            LOG.debug("filing {} delivered on attempt {}, receipt {}", filing.filingId(), filing.attempt(), receipt.receiptNo());
        } else if (REJECTED.contains(status)) {
            deadLetter(batch, filing, httpError(status, body));
        } else {
            if (status == 401 || status == 403) {
                tokens.invalidate();
            }
            failedAttempt(batch, filing, httpError(status, body));
        }
    }

    private void recordFailure(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        OutgoingFiling filing = exchange.getProperty(FILING, OutgoingFiling.class);
        BatchOutcome batch = exchange.getProperty(BATCH, BatchOutcome.class);
        if (filing == null) {
            LOG.error("the outbox handed out something that is not a filing", failure);
            batch.unrecorded.incrementAndGet();
            return;
        }
        try {
            failedAttempt(batch, filing, errorText(failure));
        } catch (RuntimeException e) {
            LOG.error("could not record the failed attempt {} of filing {}; it is sent again when its lease expires",
                    filing.attempt(), filing.filingId(), e);
            batch.unrecorded.incrementAndGet();
        }
    }

    private void failedAttempt(BatchOutcome batch, OutgoingFiling filing, String error) {
        Optional<Instant> next = redelivery.nextAttempt(filing.attempt(), clock.instant());
        if (next.isEmpty()) {
            deadLetter(batch, filing, error);
            return;
        }
        outbox.retryLater(filing.filingId(), filing.attempt(), error, next.get());
        batch.retrying.incrementAndGet();
        LOG.debug("filing {}: attempt {} failed, next one at {}: {}", filing.filingId(), filing.attempt(), next.get(), error);
    }

    private void deadLetter(BatchOutcome batch, OutgoingFiling filing, String error) {
        outbox.deadLetter(filing.filingId(), filing.attempt(), error);
        batch.failed.incrementAndGet();
        LOG.debug("filing {}: attempt {} failed, no other one will be made: {}", filing.filingId(), filing.attempt(), error);
    }

    private void logBatch(Exchange exchange) {
        BatchOutcome batch = exchange.getProperty(BATCH, BatchOutcome.class);
        // a batch without a delivery waits for the next tick: an intake that fails every filing is not asked again at
        // once (nor, should a node's clock lag the database's, are its filings retried back to back)
        if (batch.delivered.get() == 0) {
            exchange.setProperty(MORE, false);
        }
        LOG.info("filing delivery: {} claimed, {} delivered, {} to retry, {} failed for good{}", batch.size,
                batch.delivered, batch.retrying, batch.failed,
                batch.unrecorded.get() == 0 ? "" : ", " + batch.unrecorded + " without a recorded outcome");
    }

    /** The error text the outbox keeps: short, for an admin; the first of the causes that says what happened. */
    static String errorText(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidReceiptException) {
                return "invalid receipt: " + shortened(t.getMessage());
            }
            if (t instanceof ConnectException) {
                return "connection refused: " + shortened(t.getMessage());
            }
            if (t instanceof InterruptedIOException) {
                // SocketTimeoutException, and HttpClient's ConnectTimeoutException
                return "timed out: " + shortened(t.getMessage());
            }
            if (t instanceof UnknownHostException) {
                return "unknown host: " + shortened(t.getMessage());
            }
            if (t instanceof IOException) {
                return "I/O error: " + shortened(t.getMessage());
            }
        }
        if (failure == null) {
            return "unknown failure";
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : shortened(failure.getMessage());
    }

    static String httpError(int status, String body) {
        String text = body == null ? "" : body.strip();
        return text.isEmpty() ? "HTTP " + status : "HTTP " + status + ": " + shortened(text);
    }

    private static String shortened(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > ERROR_TEXT_LIMIT ? oneLine.substring(0, ERROR_TEXT_LIMIT) : oneLine;
    }

    /** What became of the filings of one batch; shared by the parallel exchanges of the batch. */
    static final class BatchOutcome {
        final int size;
        final AtomicInteger delivered = new AtomicInteger();
        final AtomicInteger retrying = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger unrecorded = new AtomicInteger();

        BatchOutcome(int size) {
            this.size = size;
        }
    }
}
