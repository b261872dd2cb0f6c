package org.selfcheck.routes;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.util.Base64URL;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfcheck.routes.InMemoryFilingOutbox.DeadLetter;
import org.selfcheck.routes.InMemoryFilingOutbox.Delivered;
import org.selfcheck.routes.InMemoryFilingOutbox.RetryLater;
import org.selfcheck.routes.port.AccessTokens;
import org.selfcheck.routes.port.FilingReceipt;
import org.selfcheck.routes.port.OutgoingFiling;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The delivery route against a real HTTP intake in the test JVM ({@link FakeIntake}), with receipts verified by
 * {@link ReceiptVerifier#remote()} from the intake's own JWK set, and the application's route configuration in place.
 */
class FilingDeliveryRouteTest extends CamelTestSupport {

    private static final Instant NOW = TestBureau.ANSWERED_AT;
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final FilingDeliverySettings FAST = new FilingDeliverySettings(50, 10, 4, Duration.ofSeconds(5));
    private static final Redelivery FIVE_ATTEMPTS = new Redelivery(5, Duration.ofSeconds(1), Duration.ofHours(1));
    private static final String BODY = "{\"reportNo\":\"ZC-2026-0042\",\"company\":\"杭州示例化工有限公司\",\"hazards\":3}";

    private final FakeIntake intake = FakeIntake.start();
    private final InMemoryFilingOutbox outbox = new InMemoryFilingOutbox();
    private final CountingTokens tokens = new CountingTokens();

    @Override
    public boolean isUseAdviceWith() {
        // started by each test, once it has added the route with its own redelivery and settings
        return true;
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties p = new Properties();
        p.put("selfcheck.endpoint.dead-letters", "mock:dead-letters");
        return p;
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new SelfCheckRouteConfiguration()};
    }

    @AfterEach
    void stopIntake() {
        intake.close();
    }

    private void deliver(Redelivery redelivery, FilingDeliverySettings settings) throws Exception {
        context.addRoutes(new FilingDeliveryRoute(outbox, tokens, ReceiptVerifier.remote(ReceiptVerifier.DEFAULT_CLOCK_TOLERANCE), redelivery, settings, CLOCK));
        context.start();
    }

    private OutgoingFiling addFiling(String filingId) {
        return outbox.add(filingId, intake.intakeUrl(), intake.keysUrl(), BODY);
    }

    private void awaitSettled() {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20)).until(outbox::settled);
    }

    private void assertNothingWentToTheJmsDeadLetterQueue() throws InterruptedException {
        MockEndpoint deadLetters = getMockEndpoint("mock:dead-letters");
        deadLetters.expectedMessageCount(0);
        deadLetters.assertIsSatisfied(0);
        assertThat(outbox.violations).isEmpty();
    }

    @Test
    void aDueFilingIsPostedOnceAndDeliveredWithTheVerifiedReceipt() throws Exception {
        OutgoingFiling filing = addFiling("f-1");
        deliver(FIVE_ATTEMPTS, FAST);

        awaitSettled();

        assertThat(intake.posts).hasSize(1);
        FakeIntake.Request post = intake.posts.get(0);
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.header("Authorization")).isEqualTo("Bearer token-1");
        assertThat(post.header("Idempotency-Key")).isEqualTo("f-1");
        assertThat(post.header("Content-Type")).isEqualToIgnoringCase("application/json; charset=UTF-8");
        assertThat(post.header("Accept")).isEqualTo("application/json");
        assertThat(post.text()).isEqualTo(BODY);
        assertThat(post.headers().keySet()).as("no Camel header reaches the bureau")
                .allMatch(name -> Set.of("authorization", "idempotency-key", "content-type", "accept", "content-length",
                        "host", "connection", "user-agent", "accept-encoding").contains(name));

        assertThat(outbox.calls).hasSize(1);
        Delivered delivered = outbox.deliveries().get(0);
        FilingReceipt receipt = delivered.receipt();
        assertThat(delivered.filingId()).isEqualTo("f-1");
        assertThat(receipt.receiptNo()).isEqualTo("R-1");
        assertThat(receipt.filingId()).isEqualTo("f-1");
        assertThat(receipt.digest()).isEqualTo(filing.digest());
        assertThat(receipt.bureau()).isEqualTo(TestBureau.NAME);
        assertThat(receipt.receivedAt()).isEqualTo(Instant.parse(TestBureau.RECEIVED_AT));
        assertThat(JWSObject.parse(receipt.jws()).getPayload().toJSONObject()).containsEntry("receiptNo", "R-1");
        assertThat(intake.keyFetches).hasValue(1);
        assertNothingWentToTheJmsDeadLetterQueue();
    }

    @Test
    void anIntakeUnavailableForThreeAttemptsIsRetriedWithGrowingDelaysThenDelivered() throws Exception {
        intake.answers = intake.failingFirst(3, 503, "Service Unavailable: maintenance until 13:00");
        addFiling("f-2");
        deliver(FIVE_ATTEMPTS, FAST);

        awaitSettled();

        List<RetryLater> retries = outbox.retries();
        assertThat(retries).extracting(RetryLater::attempt).containsExactly(1, 2, 3);
        assertThat(retries).extracting(r -> Duration.between(NOW, r.nextAttemptAt()))
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(retries).extracting(RetryLater::error)
                .allMatch(error -> error.equals("HTTP 503: Service Unavailable: maintenance until 13:00"));
        assertThat(outbox.deliveries()).hasSize(1);
        assertThat(outbox.deadLetters()).isEmpty();
        assertThat(intake.postsOf("f-2")).hasSize(4);
        assertThat(intake.receiptsFor("f-2")).isEqualTo(1);
        assertNothingWentToTheJmsDeadLetterQueue();
    }

    @Test
    void anIntakeThatIsAlwaysUnavailableMakesTheFilingADeadLetterAfterItsLastAttempt() throws Exception {
        intake.answers = request -> new FakeIntake.Answer(503, "bureau down");
        addFiling("f-3");
        deliver(new Redelivery(3, Duration.ofSeconds(1), Duration.ofHours(1)), FAST);

        awaitSettled();

        assertThat(outbox.retries()).extracting(RetryLater::attempt).containsExactly(1, 2);
        assertThat(outbox.deadLetters()).containsExactly(new DeadLetter("f-3", 3, "HTTP 503: bureau down"));
        assertThat(outbox.deliveries()).isEmpty();
        assertThat(intake.posts).hasSize(3);
        assertNothingWentToTheJmsDeadLetterQueue();
    }

    /** Answers that are not a receipt of the bureau for the filing sent. */
    enum Forgery {
        SIGNED_BY_ANOTHER_KEY("not signed by the bureau's key") {
            @Override
            String answer(FakeIntake intake, Map<String, Object> payload) {
                // same kid as the bureau's key: only the signature tells them apart
                return TestBureau.ec("bureau-2026").answer(payload);
            }
        },
        OTHER_DIGEST("another digest") {
            @Override
            String answer(FakeIntake intake, Map<String, Object> payload) {
                payload.put("digest", TestBureau.sha256Hex("another document"));
                return intake.bureau.answer(payload);
            }
        },
        DATED_IN_THE_FUTURE("lies in the future") {
            @Override
            String answer(FakeIntake intake, Map<String, Object> payload) {
                // signed by the bureau, but dated an hour ahead of the portal's clock: it cannot prove when it was filed
                payload.put("receivedAt", TestBureau.ANSWERED_AT.plus(Duration.ofHours(1)).toString());
                return intake.bureau.answer(payload);
            }
        },
        DATED_BEFORE_THE_FILING("before the filing was made") {
            @Override
            String answer(FakeIntake intake, Map<String, Object> payload) {
                payload.put("receivedAt", TestBureau.MADE_AT.minus(Duration.ofHours(1)).toString());
                return intake.bureau.answer(payload);
            }
        },
        OTHER_FILING("another filing") {
            @Override
            String answer(FakeIntake intake, Map<String, Object> payload) {
                payload.put("filingId", "f-other");
                return intake.bureau.answer(payload);
            }
        },
        TAMPERED_PAYLOAD("not signed by the bureau's key") {
            @Override
            String answer(FakeIntake intake, Map<String, Object> payload) {
                String[] parts = intake.bureau.sign(payload).split("\\.");
                String tampered = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8)
                        .replace("\"receiptNo\":\"R-9\"", "\"receiptNo\":\"R-10\"");
                String jws = parts[0] + "." + Base64URL.encode(tampered) + "." + parts[2];
                return TestBureau.answerWithJws(payload, jws);
            }
        },
        NO_JWS("no jws field") {
            @Override
            String answer(FakeIntake intake, Map<String, Object> payload) {
                return TestBureau.answerWithJws(payload, null);
            }
        };

        final String expectedError;

        Forgery(String expectedError) {
            this.expectedError = expectedError;
        }

        abstract String answer(FakeIntake intake, Map<String, Object> payload);
    }

    @ParameterizedTest
    @EnumSource(Forgery.class)
    void anAnswerThatIsNotTheBureausReceiptForTheFilingIsAFailedAttemptNeverADelivery(Forgery forgery) throws Exception {
        intake.answers = request -> new FakeIntake.Answer(201, forgery.answer(intake,
                new LinkedHashMap<>(TestBureau.payload("R-9", request.filingId(), TestBureau.sha256Hex(request.body())))));
        addFiling("f-4");
        deliver(new Redelivery(2, Duration.ofSeconds(1), Duration.ofHours(1)), FAST);

        awaitSettled();

        assertThat(outbox.deliveries()).isEmpty();
        assertThat(outbox.retries()).hasSize(1);
        RetryLater retry = outbox.retries().get(0);
        assertThat(retry.attempt()).isEqualTo(1);
        assertThat(retry.error()).startsWith("invalid receipt: ").contains(forgery.expectedError);
        assertThat(outbox.deadLetters()).singleElement()
                .satisfies(dead -> assertThat(dead.error()).contains(forgery.expectedError));
        assertNothingWentToTheJmsDeadLetterQueue();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 409, 413, 415, 422})
    void aDocumentTheBureauRejectsIsADeadLetterAtOnceWithTheBureausMessage(int status) throws Exception {
        String rejection = "{\"error\":\"invalid_document\",\"message\":\"字段 reportPeriod 缺失\"}";
        intake.answers = request -> new FakeIntake.Answer(status, rejection);
        addFiling("f-5");
        deliver(FIVE_ATTEMPTS, FAST);

        awaitSettled();

        assertThat(outbox.calls).containsExactly(new DeadLetter("f-5", 1, "HTTP " + status + ": " + rejection));
        assertThat(intake.posts).hasSize(1);
        assertNothingWentToTheJmsDeadLetterQueue();
    }

    @ParameterizedTest
    @ValueSource(ints = {404, 408, 429, 500, 502, 503, 504})
    void anAnswerThatALaterAttemptMayNotGetIsRetried(int status) throws Exception {
        intake.answers = intake.failingFirst(1, status, "");
        addFiling("f-6");
        deliver(FIVE_ATTEMPTS, FAST);

        awaitSettled();

        assertThat(outbox.retries()).containsExactly(new RetryLater("f-6", 1, "HTTP " + status, NOW.plusSeconds(1)));
        assertThat(outbox.deliveries()).hasSize(1);
        assertNothingWentToTheJmsDeadLetterQueue();
    }

    @Test
    void anUnauthorizedAnswerInvalidatesTheTokenAndTheFilingIsRetriedWithANewOne() throws Exception {
        intake.acceptedTokens = Set.of("token-2");
        addFiling("f-7");
        deliver(FIVE_ATTEMPTS, FAST);

        awaitSettled();

        assertThat(tokens.invalidations).hasValue(1);
        assertThat(outbox.retries()).singleElement().satisfies(retry -> {
            assertThat(retry.attempt()).isEqualTo(1);
            assertThat(retry.error()).startsWith("HTTP 401: ").contains("invalid_token");
        });
        assertThat(outbox.deliveries()).hasSize(1);
        assertThat(intake.posts).extracting(p -> p.header("Authorization")).containsExactly("Bearer token-1", "Bearer token-2");
        assertNothingWentToTheJmsDeadLetterQueue();
    }

    @Test
    void anIntakeThatRefusesConnectionsIsAFailedAttemptRetriedLater() throws Exception {
        outbox.add("f-8", "http://127.0.0.1:" + FakeIntake.closedPort() + "/intake/filings", intake.keysUrl(), BODY);
        deliver(new Redelivery(2, Duration.ofSeconds(1), Duration.ofHours(1)), FAST);

        awaitSettled();

        assertThat(outbox.retries()).singleElement().satisfies(retry -> {
            assertThat(retry.attempt()).isEqualTo(1);
            assertThat(retry.error()).startsWith("connection refused: ");
            assertThat(retry.nextAttemptAt()).isEqualTo(NOW.plusSeconds(1));
        });
        assertThat(outbox.deadLetters()).singleElement()
                .satisfies(dead -> assertThat(dead.error()).startsWith("connection refused: "));
        assertNothingWentToTheJmsDeadLetterQueue();
    }

    @Test
    void anIntakeThatDoesNotAnswerInTimeIsAFailedAttempt() throws Exception {
        intake.answers = intake::never;
        addFiling("f-9");
        deliver(new Redelivery(1, Duration.ofSeconds(1), Duration.ofHours(1)),
                new FilingDeliverySettings(50, 10, 4, Duration.ofMillis(300)));

        awaitSettled();

        assertThat(outbox.deadLetters()).singleElement().satisfies(dead -> {
            assertThat(dead.attempt()).isEqualTo(1);
            assertThat(dead.error()).startsWith("timed out: ");
        });
        assertNothingWentToTheJmsDeadLetterQueue();
    }

    @Test
    void oneFailingFilingDoesNotStopTheOthersOfItsBatch() throws Exception {
        Function<FakeIntake.Request, FakeIntake.Answer> normal = intake::receipt;
        intake.answers = request -> request.filingId().equals("f-rejected")
                ? new FakeIntake.Answer(422, "{\"message\":\"invalid\"}") : normal.apply(request);
        List<String> good = List.of("f-a", "f-b", "f-c", "f-d", "f-e", "f-f");
        good.forEach(this::addFiling);
        addFiling("f-rejected");
        outbox.add("f-unreachable", "http://127.0.0.1:" + FakeIntake.closedPort() + "/intake", intake.keysUrl(), BODY);
        deliver(new Redelivery(2, Duration.ofSeconds(1), Duration.ofHours(1)), FAST);

        awaitSettled();

        assertThat(outbox.deliveries()).extracting(Delivered::filingId).containsExactlyInAnyOrderElementsOf(good);
        assertThat(outbox.deadLetters()).extracting(DeadLetter::filingId)
                .containsExactlyInAnyOrder("f-rejected", "f-unreachable");
        assertThat(outbox.retries()).extracting(RetryLater::filingId).containsExactly("f-unreachable");
        assertThat(intake.posts.stream().map(FakeIntake.Request::filingId).collect(Collectors.toList()))
                .as("each good filing posted once").containsAll(good).hasSize(good.size() + 1);
        assertNothingWentToTheJmsDeadLetterQueue();
    }

    /** The route with a timer that ticks once: whatever happens was done by that one tick. */
    private void deliverInOneTick(Redelivery redelivery) throws Exception {
        context.addRoutes(new FilingDeliveryRoute(outbox, tokens, ReceiptVerifier.remote(ReceiptVerifier.DEFAULT_CLOCK_TOLERANCE),
                redelivery, FAST, CLOCK));
        AdviceWith.adviceWith(context, FilingDeliveryRoute.ROUTE_ID, route -> route.replaceFromWith("timer:once?repeatCount=1&delay=10"));
        context.start();
    }

    /** Waits until the one tick has claimed at least once and is over. */
    private void awaitTheTick() {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20))
                .until(() -> outbox.claims.get() > 0 && context.getInflightRepository().size() == 0);
    }

    private List<String> backlog(int size) {
        List<String> ids = IntStream.range(0, size).mapToObj(i -> "f-backlog-" + i).toList();
        ids.forEach(this::addFiling);
        return ids;
    }

    @Test
    void aBacklogOfSeveralBatchesIsDrainedInOneTick() throws Exception {
        List<String> backlog = backlog(35);
        deliverInOneTick(FIVE_ATTEMPTS);

        awaitTheTick();

        assertThat(outbox.deliveries()).extracting(Delivered::filingId).containsExactlyInAnyOrderElementsOf(backlog);
        assertThat(outbox.claims.get()).as("three full batches of 10, then the last 5").isEqualTo(4);
        assertNothingWentToTheJmsDeadLetterQueue();
    }

    @Test
    void aBacklogOfWholeBatchesEndsTheTickWithAnEmptyClaim() throws Exception {
        List<String> backlog = backlog(20);
        deliverInOneTick(FIVE_ATTEMPTS);

        awaitTheTick();

        assertThat(outbox.deliveries()).extracting(Delivered::filingId).containsExactlyInAnyOrderElementsOf(backlog);
        assertThat(outbox.claims.get()).as("two full batches, then none due").isEqualTo(3);
    }

    @Test
    void aFullBatchWithoutADeliveryWaitsForTheNextTick() throws Exception {
        intake.answers = request -> new FakeIntake.Answer(503, "bureau down");
        backlog(10);
        deliverInOneTick(FIVE_ATTEMPTS);

        awaitTheTick();

        // the in-memory outbox makes a retried filing due at once: claimed again in the same tick, each would have
        // spent its five attempts back to back
        assertThat(outbox.claims.get()).isEqualTo(1);
        assertThat(outbox.retries()).hasSize(10).allSatisfy(r -> assertThat(r.attempt()).isEqualTo(1));
        assertThat(outbox.deliveries()).isEmpty();
    }

    @Test
    void stoppingTheRouteEndsATickThatIsDrainingABacklog() throws Exception {
        Function<FakeIntake.Request, FakeIntake.Answer> normal = intake::receipt;
        intake.answers = request -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return normal.apply(request);
        };
        backlog(100);
        deliverInOneTick(FIVE_ATTEMPTS);
        await().atMost(Duration.ofSeconds(15)).until(() -> !outbox.deliveries().isEmpty());

        context.getRouteController().stopRoute(FilingDeliveryRoute.ROUTE_ID, 30, TimeUnit.SECONDS);

        assertThat(context.getRouteController().getRouteStatus(FilingDeliveryRoute.ROUTE_ID).isStopped()).isTrue();
        // 4 at a time, 100 ms each: the whole backlog takes 2.5 s; the tick ends with the batch it is sending
        assertThat(outbox.deliveries()).hasSizeBetween(10, 20);
        assertNothingWentToTheJmsDeadLetterQueue();
    }

    @Test
    void aFailureToClaimIsLoggedAndTheNextTickClaimsAgain() throws Exception {
        outbox.failNextClaims(3);
        addFiling("f-10");
        deliver(FIVE_ATTEMPTS, FAST);

        awaitSettled();

        assertThat(outbox.claims.get()).isGreaterThanOrEqualTo(4);
        assertThat(outbox.deliveries()).extracting(Delivered::filingId).containsExactly("f-10");
        assertThat(context.getRouteController().getRouteStatus(FilingDeliveryRoute.ROUTE_ID).isStarted()).isTrue();
        assertNothingWentToTheJmsDeadLetterQueue();
    }

    /** Tokens "token-1", "token-2", ...: each invalidation makes the next one current. */
    static final class CountingTokens implements AccessTokens {
        final AtomicInteger invalidations = new AtomicInteger();

        @Override
        public String accessToken() {
            return "token-" + (invalidations.get() + 1);
        }

        @Override
        public void invalidate() {
            invalidations.incrementAndGet();
        }
    }
}
