package org.selfcheck.routes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.util.Base64URL;
import org.junit.jupiter.api.Test;
import org.selfcheck.routes.port.FilingReceipt;
import org.selfcheck.routes.port.OutgoingFiling;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReceiptVerifierTest {

    private static final String KEYS_URL = "https://bureau.example/receipt-keys";
    private static final String BODY = "{\"reportNo\":\"ZC-2026-0042\"}";
    private static final OutgoingFiling FILING = new OutgoingFiling("f-1", "https://bureau.example/intake", KEYS_URL,
            BODY, TestBureau.sha256Hex(BODY), 1, TestBureau.MADE_AT);
    private static final Instant NOW = TestBureau.ANSWERED_AT;

    private final TestBureau bureau = TestBureau.ec("bureau-2026");
    private final List<String> keyUrlsAsked = new ArrayList<>();

    private ReceiptVerifier verifierTrusting(TestBureau... bureaus) {
        List<JWK> keys = new ArrayList<>();
        for (TestBureau b : bureaus) {
            keys.addAll(b.publicKeys().getKeys());
        }
        return new ReceiptVerifier(url -> {
            keyUrlsAsked.add(url);
            return new ImmutableJWKSet<>(new JWKSet(keys));
        });
    }

    private static Map<String, Object> payload() {
        return TestBureau.payload("R-1", FILING.filingId(), FILING.digest());
    }

    @Test
    void aReceiptSignedByTheBureauForTheFilingSentIsVerified() throws Exception {
        String answer = bureau.answer(payload());

        FilingReceipt receipt = verifierTrusting(bureau).verify(answer, FILING, NOW);

        assertThat(receipt.receiptNo()).isEqualTo("R-1");
        assertThat(receipt.receivedAt()).isEqualTo(Instant.parse(TestBureau.RECEIVED_AT));
        assertThat(receipt.filingId()).isEqualTo("f-1");
        assertThat(receipt.digest()).isEqualTo(FILING.digest());
        assertThat(receipt.bureau()).isEqualTo(TestBureau.NAME);
        assertThat(receipt.jws()).isEqualTo(new ObjectMapper().readTree(answer).get("jws").asText());
        assertThat(keyUrlsAsked).containsOnly(KEYS_URL);
    }

    @Test
    void anRs256ReceiptIsVerifiedToo() {
        TestBureau rsaBureau = TestBureau.rsa("bureau-rsa");

        FilingReceipt receipt = verifierTrusting(bureau, rsaBureau).verify(rsaBureau.answer(payload()), FILING, NOW);

        assertThat(receipt.receiptNo()).isEqualTo("R-1");
    }

    @Test
    void aHeaderWithoutKidIsVerifiedWithTheBureausKeysOfItsAlgorithm() {
        Map<String, Object> payload = payload();
        String jws = bureau.sign(payload, new JWSHeader.Builder(JWSAlgorithm.ES256).build());

        FilingReceipt receipt = verifierTrusting(TestBureau.ec("old-key"), bureau)
                .verify(TestBureau.answerWithJws(payload, jws), FILING, NOW);

        assertThat(receipt.receiptNo()).isEqualTo("R-1");
    }

    @Test
    void theBureauClaimMayBeMissing() {
        Map<String, Object> payload = payload();
        payload.remove("bureau");

        assertThat(verifierTrusting(bureau).verify(bureau.answer(payload), FILING, NOW).bureau()).isNull();
    }

    @Test
    void onlyTheSignedPayloadCountsNotTheFieldsBesideIt() {
        Map<String, Object> outside = payload();
        outside.put("receiptNo", "R-forged");
        String answer = TestBureau.answerWithJws(outside, bureau.sign(payload()));

        assertThat(verifierTrusting(bureau).verify(answer, FILING, NOW).receiptNo()).isEqualTo("R-1");
    }

    @Test
    void aReceiptSignedByAnotherKeyWithTheBureausKidIsRejected() {
        String forged = TestBureau.ec("bureau-2026").answer(payload());

        assertInvalid(verifierTrusting(bureau), forged, "the receipt is not signed by the bureau's key (kid \"bureau-2026\")");
    }

    @Test
    void aReceiptWhoseKidIsNotInTheBureausKeySetIsRejected() {
        String answer = TestBureau.ec("unknown-kid").answer(payload());

        assertInvalid(verifierTrusting(bureau), answer, "the bureau publishes no key with kid \"unknown-kid\" at " + KEYS_URL);
    }

    @Test
    void aReceiptForAnotherFilingIsRejected() {
        Map<String, Object> payload = payload();
        payload.put("filingId", "f-2");

        assertInvalid(verifierTrusting(bureau), bureau.answer(payload), "the receipt is for another filing (\"f-2\") than the one sent (f-1)");
    }

    @Test
    void aReceiptForAnotherDigestIsRejected() {
        Map<String, Object> payload = payload();
        payload.put("digest", TestBureau.sha256Hex("something else"));

        assertInvalid(verifierTrusting(bureau), bureau.answer(payload), "the receipt is for another digest");
    }

    @Test
    void aTamperedPayloadIsRejected() {
        String[] parts = bureau.sign(payload()).split("\\.");
        String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8).replace("R-1", "R-2");
        String tampered = parts[0] + "." + Base64URL.encode(payload) + "." + parts[2];

        assertInvalid(verifierTrusting(bureau), TestBureau.answerWithJws(payload(), tampered), "not signed by the bureau's key");
    }

    @Test
    void aReceiptWithoutReceiptNoIsRejected() {
        Map<String, Object> payload = payload();
        payload.put("receiptNo", " ");

        assertInvalid(verifierTrusting(bureau), bureau.answer(payload), "the receipt has no receiptNo");
    }

    @Test
    void aReceiptWhoseReceivedAtIsNoInstantIsRejected() {
        Map<String, Object> payload = payload();
        payload.put("receivedAt", "27.11.2026 13:00");

        assertInvalid(verifierTrusting(bureau), bureau.answer(payload), "receivedAt is not an ISO-8601 instant: \"27.11.2026 13:00\"");
    }

    @Test
    void aReceiptSignedWithAnHmacIsRejected() throws Exception {
        JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(Map.<String, Object>copyOf(payload())));
        jws.sign(new MACSigner(new byte[32]));

        assertInvalid(verifierTrusting(bureau), TestBureau.answerWithJws(payload(), jws.serialize()),
                "signed with HS256, only ES256 and RS256 are accepted");
    }

    @Test
    void aPayloadThatIsNotAJsonObjectIsRejected() {
        ReceiptVerifier verifier = verifierTrusting(bureau);

        assertInvalid(verifier, TestBureau.answerWithJws(payload(), bureau.signText("[1,2]")), "payload is not a JSON object");
        assertInvalid(verifier, TestBureau.answerWithJws(payload(), bureau.signText("R-1 received")), "payload is not JSON");
    }

    @Test
    void malformedAnswersAreRejected() {
        ReceiptVerifier verifier = verifierTrusting(bureau);

        assertInvalid(verifier, "<html>Bad Gateway</html>", "the intake's answer is not JSON");
        assertInvalid(verifier, "", "no jws field");
        assertInvalid(verifier, null, "no jws field");
        assertInvalid(verifier, TestBureau.answerWithJws(payload(), null), "no jws field");
        assertInvalid(verifier, "{\"jws\":42}", "no jws field");
        assertInvalid(verifier, "{\"jws\":\"not.a-jws\"}", "not a compact JWS");
    }

    @Test
    void theRemoteVerifierFetchesTheBureausKeySetOnceAndVerifies() {
        try (FakeIntake intake = FakeIntake.start()) {
            ReceiptVerifier verifier = ReceiptVerifier.remote(ReceiptVerifier.DEFAULT_CLOCK_TOLERANCE);
            OutgoingFiling filing = new OutgoingFiling("f-1", intake.intakeUrl(), intake.keysUrl(), BODY, FILING.digest(), 1,
                    TestBureau.MADE_AT);

            verifier.verify(intake.bureau.answer(payload()), filing, NOW);
            verifier.verify(intake.bureau.answer(payload()), filing, NOW);

            assertThat(intake.keyFetches).hasValue(1);
        }
    }

    @Test
    void unreachableKeysAreNoVerdictOnTheReceipt() {
        OutgoingFiling filing = new OutgoingFiling("f-1", "http://127.0.0.1:1/intake",
                "http://127.0.0.1:" + FakeIntake.closedPort() + "/keys", BODY, FILING.digest(), 1, TestBureau.MADE_AT);

        assertThatIllegalStateException()
                .isThrownBy(() -> ReceiptVerifier.remote(ReceiptVerifier.DEFAULT_CLOCK_TOLERANCE).verify(bureau.answer(payload()), filing, NOW))
                .withMessageStartingWith("could not get the bureau's receipt keys from " + filing.receiptKeysUrl());
    }

    @Test
    void aReceiptDatedAheadOfNowBeyondTheToleranceIsRejectedWithinItAccepted() {
        ReceiptVerifier verifier = new ReceiptVerifier(url -> new ImmutableJWKSet<>(bureau.publicKeys()), Duration.ofMinutes(5));
        Map<String, Object> payload = payload();
        Instant received = Instant.parse(TestBureau.RECEIVED_AT);

        assertThat(verifier.verify(bureau.answer(payload), FILING, received.minus(Duration.ofMinutes(5))).receivedAt())
                .as("exactly the tolerance ahead").isEqualTo(received);
        assertThatThrownBy(() -> verifier.verify(bureau.answer(payload), FILING, received.minus(Duration.ofMinutes(5)).minusSeconds(1)))
                .isInstanceOf(InvalidReceiptException.class)
                .hasMessageContaining("receivedAt " + received + " lies in the future").hasMessageContaining("tolerance 300 s");
    }

    @Test
    void aReceiptDatedBeforeTheFilingWasMadeBeyondTheToleranceIsRejectedWithinItAccepted() {
        ReceiptVerifier verifier = new ReceiptVerifier(url -> new ImmutableJWKSet<>(bureau.publicKeys()), Duration.ofSeconds(30));
        Instant received = Instant.parse(TestBureau.RECEIVED_AT);
        // the bureau's clock 30 s behind, and its receipt stated to the second: still this filing's receipt
        OutgoingFiling within = new OutgoingFiling("f-1", FILING.intakeUrl(), KEYS_URL, BODY, FILING.digest(), 1,
                received.plusSeconds(30).plusMillis(700));
        assertThat(verifier.verify(bureau.answer(payload()), within, received.plusSeconds(31)).receiptNo()).isEqualTo("R-1");
        OutgoingFiling beyond = new OutgoingFiling("f-1", FILING.intakeUrl(), KEYS_URL, BODY, FILING.digest(), 1,
                received.plusSeconds(31));
        assertThatThrownBy(() -> verifier.verify(bureau.answer(payload()), beyond, received.plusSeconds(32)))
                .isInstanceOf(InvalidReceiptException.class)
                .hasMessageContaining("is before the filing was made").hasMessageContaining("tolerance 30 s");
    }

    private static void assertInvalid(ReceiptVerifier verifier, String answer, String expectedMessage) {
        assertThatThrownBy(() -> verifier.verify(answer, FILING, NOW))
                .isInstanceOf(InvalidReceiptException.class)
                .hasMessageContaining(expectedMessage);
    }
}
