package org.selfcheck.routes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.selfcheck.routes.port.FilingReceipt;
import org.selfcheck.routes.port.OutgoingFiling;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.security.Key;
import java.security.Provider;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Verifies the intake's answer to a filing: a JSON object whose {@code jws} field is a compact JWS that the bureau
 * signed (ES256 or RS256, with a key of the JWK set at the filing's {@code receiptKeysUrl}, matched by {@code kid}
 * when the header has one) over a JSON payload {@code {receiptNo, receivedAt, filingId, digest, bureau}}.
 * Only the signed payload counts: the answer's other fields are ignored, as anyone on the way could have changed
 * them. The receipt's {@code receivedAt} decides when the filing counts as reported (R6), so a receipt dated before
 * the filing was recorded, or later than now, by more than {@link #DEFAULT_CLOCK_TOLERANCE} (clocks differ a little),
 * is not a receipt of this delivery either. Thread-safe.
 */
public final class ReceiptVerifier {

    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.ES256, JWSAlgorithm.RS256);
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The JCA provider receipts are verified with, never registered with {@code java.security.Security}: on JDK 17
     * Bouncy Castle verifies ES256 at 4.4x the JDK's speed (0.28 against 1.25 ms here; issue 16), RS256 alike.
     */
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    // the JWK set is small and changes rarely; a kid that is not in the cached set makes nimbus fetch it again
    // (rate limited), so a rotated key is picked up without waiting for the cache to expire
    private static final Duration KEYS_TIME_TO_LIVE = Duration.ofMinutes(15);
    private static final Duration KEYS_REFRESH_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration KEYS_MIN_REFRESH_INTERVAL = Duration.ofSeconds(30);
    private static final int KEYS_HTTP_TIMEOUT_MILLIS = 5_000;
    private static final int KEYS_SIZE_LIMIT_BYTES = 64 * 1024;

    /** How far a bureau's clock may differ from the portal's: a receipt's {@code receivedAt} may lie this far ahead. */
    public static final Duration DEFAULT_CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private final Function<String, JWKSource<SecurityContext>> keysFor;
    private final Duration clockTolerance;

    /** @param keysFor the bureau's receipt keys, given the filing's {@code receiptKeysUrl} */
    public ReceiptVerifier(Function<String, JWKSource<SecurityContext>> keysFor) {
        this(keysFor, DEFAULT_CLOCK_TOLERANCE);
    }

    /** @param clockTolerance how far a receipt's {@code receivedAt} may lie ahead of now, or behind the filing's making */
    public ReceiptVerifier(Function<String, JWKSource<SecurityContext>> keysFor, Duration clockTolerance) {
        this.keysFor = Objects.requireNonNull(keysFor);
        this.clockTolerance = Objects.requireNonNull(clockTolerance);
        if (clockTolerance.isNegative()) {
            throw new IllegalArgumentException("the clock tolerance must not be negative, was " + clockTolerance);
        }
    }

    /** A verifier that fetches each bureau's JWK set from its URL, and caches and refreshes it (nimbus' own cache). */
    public static ReceiptVerifier remote(Duration clockTolerance) {
        Map<String, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();
        return new ReceiptVerifier(url -> sources.computeIfAbsent(url, ReceiptVerifier::remoteKeys), clockTolerance);
    }

    private static JWKSource<SecurityContext> remoteKeys(String url) {
        URL location;
        try {
            location = URI.create(url).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL of receipt keys: " + url, e);
        }
        return JWKSourceBuilder.<SecurityContext>create(location,
                        new DefaultResourceRetriever(KEYS_HTTP_TIMEOUT_MILLIS, KEYS_HTTP_TIMEOUT_MILLIS, KEYS_SIZE_LIMIT_BYTES))
                .cache(KEYS_TIME_TO_LIVE.toMillis(), KEYS_REFRESH_TIMEOUT.toMillis())
                .rateLimited(KEYS_MIN_REFRESH_INTERVAL.toMillis())
                .retrying(true)
                .build();
    }

    /**
     * The bureau's receipt for {@code filing}, from the signed payload of the intake's {@code answer}.
     *
     * @param now the portal's time when the answer came
     * @throws InvalidReceiptException when the answer is not a receipt the bureau signed for this filing and digest
     * @throws IllegalStateException   when the bureau's keys cannot be fetched: the receipt may be valid, try again
     */
    public FilingReceipt verify(String answer, OutgoingFiling filing, Instant now) {
        Objects.requireNonNull(filing, "filing");
        String compact = jwsOf(answer);
        JWSObject jws;
        try {
            jws = JWSObject.parse(compact);
        } catch (ParseException e) {
            throw new InvalidReceiptException("the receipt's jws is not a compact JWS: " + e.getMessage(), e);
        }
        JWSHeader header = jws.getHeader();
        if (!ALGORITHMS.contains(header.getAlgorithm())) {
            throw new InvalidReceiptException("the receipt is signed with " + header.getAlgorithm()
                    + ", only ES256 and RS256 are accepted");
        }
        List<? extends Key> keys = keysMatching(header, filing.receiptKeysUrl());
        if (keys.isEmpty()) {
            throw new InvalidReceiptException(header.getKeyID() == null
                    ? "the bureau publishes no " + header.getAlgorithm() + " key at " + filing.receiptKeysUrl()
                    : "the bureau publishes no key with kid " + quoted(header.getKeyID()) + " at " + filing.receiptKeysUrl());
        }
        if (!signedByOneOf(jws, keys)) {
            throw new InvalidReceiptException("the receipt is not signed by the bureau's key"
                    + (header.getKeyID() == null ? "" : " (kid " + quoted(header.getKeyID()) + ")"));
        }
        FilingReceipt receipt = receiptFrom(jws.getPayload().toString(), compact, filing);
        // a bureau may state its time to the second only, and its clock may be a little behind the portal's: the
        // tolerance applies on both sides (an idempotent intake answers every retry with the same receipt, so a
        // receipt refused for a small skew would be refused for good)
        if (receipt.receivedAt().isBefore(filing.createdAt().truncatedTo(ChronoUnit.SECONDS).minus(clockTolerance))) {
            throw new InvalidReceiptException("the receipt's receivedAt " + receipt.receivedAt()
                    + " is before the filing was made (" + filing.createdAt() + ", tolerance " + clockTolerance.toSeconds() + " s)");
        }
        if (receipt.receivedAt().isAfter(now.plus(clockTolerance))) {
            throw new InvalidReceiptException("the receipt's receivedAt " + receipt.receivedAt() + " lies in the future (now "
                    + now + ", tolerance " + clockTolerance.toSeconds() + " s)");
        }
        return receipt;
    }

    private static String jwsOf(String answer) {
        JsonNode json;
        try {
            json = JSON.readTree(answer == null ? "" : answer);
        } catch (JsonProcessingException e) {
            throw new InvalidReceiptException("the intake's answer is not JSON", e);
        }
        JsonNode jws = json == null ? null : json.get("jws");
        if (jws == null || !jws.isTextual() || jws.asText().isBlank()) {
            throw new InvalidReceiptException("the intake's answer has no jws field: it is not a signed receipt");
        }
        return jws.asText();
    }

    private List<? extends Key> keysMatching(JWSHeader header, String keysUrl) {
        try {
            return new JWSVerificationKeySelector<>(ALGORITHMS, keysFor.apply(keysUrl)).selectJWSKeys(header, null);
        } catch (KeySourceException e) {
            throw new IllegalStateException("could not get the bureau's receipt keys from " + keysUrl + ": " + e.getMessage(), e);
        }
    }

    private static boolean signedByOneOf(JWSObject jws, List<? extends Key> keys) {
        DefaultJWSVerifierFactory verifiers = new DefaultJWSVerifierFactory();
        verifiers.getJCAContext().setProvider(BOUNCY_CASTLE);
        for (Key key : keys) {
            try {
                if (jws.verify(verifiers.createJWSVerifier(jws.getHeader(), key))) {
                    return true;
                }
            } catch (JOSEException e) {
                // a key that cannot verify this header is no proof: try the next one
            }
        }
        return false;
    }

    private static FilingReceipt receiptFrom(String payloadText, String compact, OutgoingFiling filing) {
        JsonNode payload;
        try {
            payload = JSON.readTree(payloadText);
        } catch (JsonProcessingException e) {
            throw new InvalidReceiptException("the receipt's payload is not JSON", e);
        }
        if (payload == null || !payload.isObject()) {
            throw new InvalidReceiptException("the receipt's payload is not a JSON object");
        }
        String filingId = text(payload, "filingId");
        if (!filing.filingId().equals(filingId)) {
            throw new InvalidReceiptException("the receipt is for another filing (" + quoted(filingId)
                    + ") than the one sent (" + filing.filingId() + ")");
        }
        String digest = text(payload, "digest");
        if (!filing.digest().equals(digest)) {
            throw new InvalidReceiptException("the receipt is for another digest (" + quoted(digest)
                    + ") than the one of the filing sent (" + filing.digest() + ")");
        }
        String receiptNo = text(payload, "receiptNo");
        if (receiptNo == null || receiptNo.isBlank()) {
            throw new InvalidReceiptException("the receipt has no receiptNo");
        }
        String receivedAt = text(payload, "receivedAt");
        Instant received;
        try {
            received = Instant.parse(Objects.requireNonNullElse(receivedAt, ""));
        } catch (DateTimeParseException e) {
            throw new InvalidReceiptException("the receipt's receivedAt is not an ISO-8601 instant: " + quoted(receivedAt), e);
        }
        return new FilingReceipt(receiptNo, received, filingId, digest, text(payload, "bureau"), compact);
    }

    private static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** A value from the answer, shortened: it goes into an error message an admin reads. */
    private static String quoted(String value) {
        if (value == null) {
            return "none";
        }
        return "\"" + (value.length() > 100 ? value.substring(0, 100) + "…" : value) + "\"";
    }
}
