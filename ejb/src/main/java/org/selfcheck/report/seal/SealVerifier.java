package org.selfcheck.report.seal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a sealed report: whether its canonical JSON, the stored digest and the JWS still belong together. It
 * answers with findings rather than exceptions, since a broken seal is exactly what a verification page exists to
 * report; whatever text is given as the JWS (an upload, a damaged column) gives {@link Verification#MALFORMED},
 * never an exception.
 *
 * <p>The content is hashed exactly as given: a caller with an uploaded document passes
 * {@link CanonicalJson#canonical(String)} of it. Only the algorithm that the key is for is accepted (RS256 for an
 * RSA key, ES256 for a P-256 key), whatever the JWS header claims, so that a forged header cannot choose a weaker
 * check.
 */
public final class SealVerifier {

    private SealVerifier() {
    }

    /**
     * Checks content, digest and signature.
     *
     * @param canonicalJson the sealed content, in canonical form
     * @param storedDigest  the digest stored with it
     * @param jws           the compact JWS stored with it
     * @param key           the portal's public key (RSA, or EC on P-256)
     * @throws IllegalArgumentException when the key is of another kind (a configuration error, not a finding)
     */
    public static Verification verify(String canonicalJson, String storedDigest, String jws, PublicKey key) {
        return check(canonicalJson, storedDigest, jws, key, null, null);
    }

    /** As {@link #verify(String, String, String, PublicKey)}, with the JWK of {@link PortalSigner#publicJwk}. */
    public static Verification verify(String canonicalJson, String storedDigest, String jws, JWK key) {
        return check(canonicalJson, storedDigest, jws, publicKey(key), null, null);
    }

    /**
     * As {@link #verify(String, String, String, PublicKey)}, and the signature must name this report and version:
     * a genuine seal copied from another report with the same content gives {@link Verification#OTHER_REPORT}.
     */
    public static Verification verify(String canonicalJson, String storedDigest, String jws, PublicKey key,
                                      String reportId, int version) {
        return check(canonicalJson, storedDigest, jws, key, Objects.requireNonNull(reportId, "reportId"), version);
    }

    /**
     * The public key of a published JWK.
     *
     * @throws IllegalArgumentException when it is not an RSA or EC public key
     */
    public static PublicKey publicKey(JWK jwk) {
        Objects.requireNonNull(jwk, "jwk");
        try {
            if (jwk instanceof RSAKey rsa) {
                return rsa.toRSAPublicKey();
            }
            if (jwk instanceof ECKey ec) {
                return ec.toECPublicKey();
            }
        } catch (JOSEException e) {
            throw new IllegalArgumentException("not a usable public key: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("only RSA and EC keys sign seals, not " + jwk.getKeyType());
    }

    private static Verification check(String canonicalJson, String storedDigest, String jws, PublicKey key,
                                      String reportId, Integer version) {
        Objects.requireNonNull(key, "key");
        JWSVerifier verifier = verifier(key);
        boolean contentMatches = canonicalJson != null && storedDigest != null
                && Digests.sha256Hex(canonicalJson).equals(storedDigest);
        String contentProblem = contentMatches ? null : Verification.CONTENT_ALTERED;

        JWSObject parsed = parse(jws);
        if (parsed == null) {
            return new Verification(contentMatches, false, false, first(contentProblem, Verification.MALFORMED));
        }
        if (!verified(parsed, verifier, expectedAlgorithm(key))) {
            return new Verification(contentMatches, false, false,
                    first(contentProblem, Verification.SIGNATURE_INVALID));
        }
        Claims claims = Claims.read(parsed);
        if (claims == null) {
            return new Verification(contentMatches, true, false, first(contentProblem, Verification.MALFORMED));
        }
        if (!PortalSigner.DIGEST_ALGORITHM.equals(claims.alg()) || !claims.digest().equals(storedDigest)) {
            return new Verification(contentMatches, true, false, first(contentProblem, Verification.DIGEST_MISMATCH));
        }
        if (reportId != null && (!reportId.equals(claims.reportId()) || version != claims.version())) {
            return new Verification(contentMatches, true, false, first(contentProblem, Verification.OTHER_REPORT));
        }
        return new Verification(contentMatches, true, true, contentProblem);
    }

    /**
     * The payload of a JWS made by this key (with the algorithm this key signs with), as a JSON object; empty when
     * the text is no JWS, the signature does not verify, or the payload is not a JSON object.
     */
    public static Optional<JsonObject> signedClaims(String jws, PublicKey key) {
        JWSObject parsed = parse(jws);
        if (parsed == null || !verified(parsed, verifier(key), expectedAlgorithm(key))) {
            return Optional.empty();
        }
        try {
            JsonValue value = CanonicalJson.parse(parsed.getPayload().toString());
            return value.getValueType() == JsonValue.ValueType.OBJECT ? Optional.of(value.asJsonObject()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the JWS was made by this key; for {@link PortalSigner} to check its own key pair. */
    static boolean signatureValid(String jws, PublicKey key) {
        JWSObject parsed = parse(jws);
        return parsed != null && verified(parsed, verifier(key), expectedAlgorithm(key));
    }

    private static String first(String problem, String otherwise) {
        return problem != null ? problem : otherwise;
    }

    /** The JWS, or null when the text is not one; any text at all must give an answer. */
    private static JWSObject parse(String jws) {
        if (jws == null) {
            return null;
        }
        try {
            return JWSObject.parse(jws.strip());
        } catch (java.text.ParseException | RuntimeException e) {
            return null;
        }
    }

    private static boolean verified(JWSObject jws, JWSVerifier verifier, JWSAlgorithm expected) {
        if (!expected.equals(jws.getHeader().getAlgorithm())) {
            return false;
        }
        try {
            return jws.verify(verifier);
        } catch (JOSEException | RuntimeException e) {
            return false;
        }
    }

    private static JWSAlgorithm expectedAlgorithm(PublicKey key) {
        return key instanceof RSAPublicKey ? JWSAlgorithm.RS256 : JWSAlgorithm.ES256;
    }

    private static JWSVerifier verifier(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return new RSASSAVerifier(rsa);
        }
        if (key instanceof ECPublicKey ec && Curve.P_256.equals(Curve.forECParameterSpec(ec.getParams()))) {
            try {
                ECDSAVerifier verifier = new ECDSAVerifier(ec);
                verifier.getJCAContext().setProvider(BouncyCastle.PROVIDER);
                return verifier;
            } catch (JOSEException e) {
                throw new IllegalArgumentException("not a usable EC key: " + e.getMessage(), e);
            }
        }
        throw new IllegalArgumentException("only RSA and EC (P-256) keys verify seals, not " + key.getAlgorithm());
    }

    /** The signed payload of a seal, as {@link PortalSigner#sign} writes it. */
    private record Claims(String digest, String reportId, int version, String alg) {

        /** The claims, or null when the payload is not a seal's. */
        static Claims read(JWSObject jws) {
            try {
                JsonValue value = CanonicalJson.parse(jws.getPayload().toString());
                if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                    return null;
                }
                JsonObject payload = value.asJsonObject();
                String digest = payload.getString("digest", null);
                String reportId = payload.getString("reportId", null);
                String alg = payload.getString("alg", null);
                if (digest == null || reportId == null || alg == null
                        || !(payload.get("version") instanceof JsonNumber v) || !v.isIntegral()) {
                    return null;
                }
                return new Claims(digest, reportId, v.intValueExact(), alg);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
