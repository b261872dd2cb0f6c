package org.selfcheck.report.seal;

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
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.json.JsonObject;
import org.selfcheck.shared.JsonP;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Objects;

/**
 * Signs report digests with the portal's own key, so that a sealed report can be checked by anyone who has the
 * portal's published public key, and a database administrator who rewrites a report and its digest cannot also
 * forge the signature. The key comes from a PKCS12 keystore named on the command line and is never committed.
 *
 * <p>RSA keys of at least 2048 bits sign with RS256, EC keys on P-256 with ES256; other keys are refused, since
 * a verifier must know in advance which algorithms to accept. The JWS header names the key by its RFC 7638
 * thumbprint ({@code kid}), so that seals made before a key change can still be matched with the key that made
 * them. Instances are immutable and safe to share between threads.
 */
public final class PortalSigner {

    /** What the JWS payload's {@code alg} says the digest is. */
    static final String DIGEST_ALGORITHM = "SHA-256";

    private final JWSAlgorithm algorithm;
    private final JWSSigner signer;
    private final PublicKey publicKey;
    private final JWK publicJwk;

    /**
     * The signer for a key pair. Tests make their keys with this; the portal uses {@link #fromKeystore}.
     *
     * @throws IllegalArgumentException when the key is neither RSA of 2048 bits or more nor EC on P-256, or when the
     *                                  private key does not belong to the public key
     */
    public PortalSigner(KeyPair keyPair) {
        Objects.requireNonNull(keyPair, "keyPair");
        PublicKey pub = Objects.requireNonNull(keyPair.getPublic(), "public key");
        PrivateKey priv = Objects.requireNonNull(keyPair.getPrivate(), "private key");
        try {
            if (pub instanceof RSAPublicKey rsa) {
                if (rsa.getModulus().bitLength() < 2048) {
                    throw new IllegalArgumentException("an RSA key must have at least 2048 bits, this one has "
                            + rsa.getModulus().bitLength());
                }
                algorithm = JWSAlgorithm.RS256;
                signer = new RSASSASigner(priv);
                publicJwk = new RSAKey.Builder(rsa).keyUse(KeyUse.SIGNATURE).algorithm(algorithm)
                        .keyIDFromThumbprint().build();
            } else if (pub instanceof ECPublicKey ec) {
                if (!Curve.P_256.equals(Curve.forECParameterSpec(ec.getParams()))) {
                    throw new IllegalArgumentException("an EC key must be on the curve P-256 (secp256r1)");
                }
                algorithm = JWSAlgorithm.ES256;
                ECDSASigner ecdsa = new ECDSASigner(priv, Curve.P_256);
                ecdsa.getJCAContext().setProvider(BouncyCastle.PROVIDER);
                signer = ecdsa;
                publicJwk = new ECKey.Builder(Curve.P_256, ec).keyUse(KeyUse.SIGNATURE).algorithm(algorithm)
                        .keyIDFromThumbprint().build();
            } else {
                throw new IllegalArgumentException("only RSA and EC (P-256) keys can sign seals, not "
                        + pub.getAlgorithm());
            }
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the key cannot sign: " + e.getMessage(), e);
        }
        publicKey = pub;
        requireMatchingKeys();
    }

    /**
     * The signer for the private key under {@code alias} and the public key of its certificate.
     *
     * @throws KeyStoreException        when the alias holds no private key with a certificate
     * @throws GeneralSecurityException when the key cannot be read with that password
     * @throws IllegalArgumentException as {@link #PortalSigner(KeyPair)}
     */
    public PortalSigner(KeyStore keyStore, String alias, char[] keyPassword) throws GeneralSecurityException {
        this(keyPair(keyStore, alias, keyPassword));
    }

    /**
     * The signer for a PKCS12 keystore file, as made by
     * {@code keytool -genkeypair -storetype PKCS12 -keyalg EC -groupname secp256r1 ...} (or {@code -keyalg RSA
     * -keysize 3072}). The passwords are not kept.
     *
     * @throws IOException              when the file cannot be read, or the store password is wrong
     * @throws GeneralSecurityException as {@link #PortalSigner(KeyStore, String, char[])}
     * @throws IllegalArgumentException as {@link #PortalSigner(KeyPair)}
     */
    public static PortalSigner fromKeystore(Path file, char[] storePassword, String alias, char[] keyPassword)
            throws IOException, GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            keyStore.load(in, storePassword);
        }
        return new PortalSigner(keyStore, alias, keyPassword);
    }

    private static KeyPair keyPair(KeyStore keyStore, String alias, char[] keyPassword)
            throws GeneralSecurityException {
        Key key = keyStore.getKey(alias, keyPassword);
        if (!(key instanceof PrivateKey privateKey)) {
            throw new KeyStoreException("the keystore holds no private key under the alias " + alias);
        }
        Certificate certificate = keyStore.getCertificate(alias);
        if (certificate == null) {
            throw new KeyStoreException("the keystore holds no certificate under the alias " + alias);
        }
        return new KeyPair(certificate.getPublicKey(), privateKey);
    }

    /**
     * A keystore whose certificate is not the one of its key would seal every report with a signature that never
     * verifies, which nobody would notice until a report is checked; one signature now finds it at start-up.
     */
    private void requireMatchingKeys() {
        String probe = sign(Digests.sha256Hex("probe"), "probe", 0);
        if (!SealVerifier.signatureValid(probe, publicKey)) {
            throw new IllegalArgumentException("the private key does not belong to the public key (certificate)");
        }
    }

    /**
     * A compact JWS over the digest of one version of one report. The payload is the canonical JSON
     * {@code {"alg":"SHA-256","digest":...,"reportId":...,"version":...}}: naming the report and the version
     * keeps a seal from being copied onto another report with the same content.
     *
     * @param digestHex the {@link Digests#sha256Hex} of the report's canonical JSON
     * @param reportId  the report's id
     * @param version   the report's version (not negative)
     */
    public String sign(String digestHex, String reportId, int version) {
        if (!Digests.isSha256Hex(digestHex)) {
            throw new IllegalArgumentException("not a SHA-256 digest in lowercase hex: " + digestHex);
        }
        if (reportId == null || reportId.isBlank()) {
            throw new IllegalArgumentException("no report id");
        }
        if (version < 0) {
            throw new IllegalArgumentException("a negative version: " + version);
        }
        return signClaims(JsonP.PROVIDER.createObjectBuilder()
                .add("digest", digestHex)
                .add("reportId", reportId)
                .add("version", version)
                .add("alg", DIGEST_ALGORITHM)
                .build());
    }

    /**
     * A compact JWS whose payload is the canonical JSON of these claims, with this key's {@code kid} in the header:
     * for other documents the portal vouches for (filings), and for receipts when this key is a bureau's.
     */
    public String signClaims(JsonObject claims) {
        String payload = CanonicalJson.canonical(claims);
        JWSObject jws = new JWSObject(new JWSHeader.Builder(algorithm).keyID(keyId()).build(), new Payload(payload));
        try {
            jws.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing failed: " + e.getMessage(), e);
        }
        return jws.serialize();
    }

    /** The RFC 7638 SHA-256 thumbprint of the public key (base64url), the {@code kid} of every JWS it signs. */
    public String keyId() {
        return publicJwk.getKeyID();
    }

    /** The JWS algorithm: {@code RS256} or {@code ES256}. */
    public String algorithm() {
        return algorithm.getName();
    }

    /** The public key, to verify this signer's seals with. */
    public PublicKey publicKey() {
        return publicKey;
    }

    /**
     * The public key as a JWK (with {@code kid}, {@code use} and {@code alg}), to publish so that others can verify
     * seals without the portal.
     */
    public String publicJwk() {
        return publicJwk.toJSONString();
    }

    @Override
    public String toString() {
        return "PortalSigner[" + algorithm + ", kid=" + keyId() + "]";
    }
}
