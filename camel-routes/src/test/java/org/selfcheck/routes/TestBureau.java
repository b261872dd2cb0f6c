package org.selfcheck.routes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** The bureau's side of a receipt, for tests: a signing key generated per test, and receipts signed with it. */
final class TestBureau {

    static final String NAME = "杭州市应急管理局";
    static final String RECEIVED_AT = "2026-11-27T13:00:00Z";
    /** When the test filings were recorded: a minute before the bureau received them. */
    static final java.time.Instant MADE_AT = java.time.Instant.parse("2026-11-27T12:59:00Z");
    /** The portal's time when the receipt came back. */
    static final java.time.Instant ANSWERED_AT = java.time.Instant.parse("2026-11-27T13:00:01Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JWK key;
    private final JWSSigner signer;
    private final JWSAlgorithm algorithm;

    private TestBureau(JWK key, JWSSigner signer, JWSAlgorithm algorithm) {
        this.key = key;
        this.signer = signer;
        this.algorithm = algorithm;
    }

    /** An EC P-256 key (ES256) with the given kid. */
    static TestBureau ec(String kid) {
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyID(kid).keyUse(KeyUse.SIGNATURE).generate();
            return new TestBureau(key, new ECDSASigner(key), JWSAlgorithm.ES256);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An RSA 2048 key (RS256) with the given kid. */
    static TestBureau rsa(String kid) {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).generate();
            return new TestBureau(key, new RSASSASigner(key), JWSAlgorithm.RS256);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JWK set the bureau publishes: public keys only. */
    JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }

    /** A compact JWS over the JSON of {@code payload}, with the key's kid in the header. */
    String sign(Map<String, ?> payload) {
        return sign(payload, new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).build());
    }

    String sign(Map<String, ?> payload, JWSHeader header) {
        try {
            return sign(JSON.writeValueAsString(payload), header);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A compact JWS over any text, with the key's kid in the header. */
    String signText(String payload) {
        return sign(payload, new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).build());
    }

    private String sign(String payload, JWSHeader header) {
        try {
            JWSObject jws = new JWSObject(header, new Payload(payload));
            jws.sign(signer);
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The intake's answer: the receipt's fields, and the same fields signed as {@code jws}. */
    String answer(String receiptNo, String filingId, String digest) {
        return answer(payload(receiptNo, filingId, digest));
    }

    /** The intake's answer for the given (possibly wrong) payload, signed with this bureau's key. */
    String answer(Map<String, ?> payload) {
        return answerWithJws(payload, sign(payload));
    }

    static String answerWithJws(Map<String, ?> payload, String jws) {
        Map<String, Object> answer = new LinkedHashMap<>(payload);
        if (jws != null) {
            answer.put("jws", jws);
        }
        try {
            return JSON.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> payload(String receiptNo, String filingId, String digest) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("receiptNo", receiptNo);
        payload.put("receivedAt", RECEIVED_AT);
        payload.put("filingId", filingId);
        payload.put("digest", digest);
        payload.put("bureau", NAME);
        return payload;
    }

    static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
