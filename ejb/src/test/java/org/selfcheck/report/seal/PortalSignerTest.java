package org.selfcheck.report.seal;

import com.nimbusds.jose.jwk.JWK;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStoreException;
import java.security.MessageDigest;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortalSignerTest {

    static final String DIGEST = Digests.sha256Hex(CanonicalJson.canonical(CanonicalJsonTest.REPORT));
    static final char[] PASSWORD = "test-only-password".toCharArray();

    @TempDir
    Path dir;

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** An integer as the unsigned big-endian bytes of JWK members, of at least {@code length} bytes. */
    static byte[] unsigned(BigInteger value, int length) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        if (bytes.length < length) {
            byte[] padded = new byte[length];
            System.arraycopy(bytes, 0, padded, length - bytes.length, bytes.length);
            bytes = padded;
        }
        return bytes;
    }

    /** RFC 7638, computed here without Nimbus: SHA-256 of the required members in lexicographic order. */
    static String thumbprint(String requiredMembersJson) throws Exception {
        return base64Url(MessageDigest.getInstance("SHA-256")
                .digest(requiredMembersJson.getBytes(StandardCharsets.UTF_8)));
    }

    static String decodedPart(String jws, int part) {
        return new String(Base64.getUrlDecoder().decode(jws.split("\\.")[part]), StandardCharsets.UTF_8);
    }

    @Test
    void an_rsa_key_signs_with_rs256_and_is_named_by_its_rfc_7638_thumbprint() throws Exception {
        PortalSigner signer = new PortalSigner(TestKeys.RSA);
        RSAPublicKey key = (RSAPublicKey) TestKeys.RSA.getPublic();
        String expected = thumbprint("{\"e\":\"" + base64Url(unsigned(key.getPublicExponent(), 0))
                + "\",\"kty\":\"RSA\",\"n\":\"" + base64Url(unsigned(key.getModulus(), 0)) + "\"}");

        assertThat(signer.algorithm()).isEqualTo("RS256");
        assertThat(signer.keyId()).isEqualTo(expected);
        assertThat(CanonicalJson.canonical(decodedPart(signer.sign(DIGEST, "R-1", 1), 0)))
                .isEqualTo("{\"alg\":\"RS256\",\"kid\":\"" + expected + "\"}");
    }

    @Test
    void an_ec_p256_key_signs_with_es256_and_is_named_by_its_rfc_7638_thumbprint() throws Exception {
        PortalSigner signer = new PortalSigner(TestKeys.EC);
        ECPublicKey key = (ECPublicKey) TestKeys.EC.getPublic();
        String expected = thumbprint("{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\""
                + base64Url(unsigned(key.getW().getAffineX(), 32)) + "\",\"y\":\""
                + base64Url(unsigned(key.getW().getAffineY(), 32)) + "\"}");

        assertThat(signer.algorithm()).isEqualTo("ES256");
        assertThat(signer.keyId()).isEqualTo(expected);
        assertThat(CanonicalJson.canonical(decodedPart(signer.sign(DIGEST, "R-1", 1), 0)))
                .isEqualTo("{\"alg\":\"ES256\",\"kid\":\"" + expected + "\"}");
    }

    @Test
    void the_signed_payload_names_the_digest_the_report_the_version_and_the_digest_algorithm() {
        String jws = new PortalSigner(TestKeys.EC).sign(DIGEST, "2026Q1-91330106MA27Y1A30W", 3);

        assertThat(jws.split("\\.")).hasSize(3);
        assertThat(decodedPart(jws, 1)).isEqualTo("{\"alg\":\"SHA-256\",\"digest\":\"" + DIGEST
                + "\",\"reportId\":\"2026Q1-91330106MA27Y1A30W\",\"version\":3}");
    }

    @Test
    void the_published_jwk_holds_only_the_public_key_with_its_key_id() throws Exception {
        for (KeyPair pair : List.of(TestKeys.RSA, TestKeys.EC)) {
            PortalSigner signer = new PortalSigner(pair);
            JWK jwk = JWK.parse(signer.publicJwk());

            assertThat(jwk.isPrivate()).isFalse();
            assertThat(signer.publicJwk()).doesNotContain("\"d\"", "\"p\"", "\"q\"");
            assertThat(jwk.getKeyID()).isEqualTo(signer.keyId());
            assertThat(jwk.computeThumbprint().toString()).isEqualTo(signer.keyId());
            assertThat(jwk.getKeyUse().identifier()).isEqualTo("sig");
            assertThat(jwk.getAlgorithm().getName()).isEqualTo(signer.algorithm());
            assertThat(SealVerifier.publicKey(jwk)).isEqualTo(pair.getPublic());
        }
    }

    @Test
    void rsa_keys_shorter_than_2048_bits_are_refused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        KeyPair weak = generator.generateKeyPair();

        assertThatThrownBy(() -> new PortalSigner(weak)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2048");
    }

    @Test
    void ec_keys_on_other_curves_than_p256_are_refused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        KeyPair p384 = generator.generateKeyPair();

        assertThatThrownBy(() -> new PortalSigner(p384)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("P-256");
    }

    @Test
    void a_private_key_that_does_not_belong_to_the_public_key_is_refused_at_once() {
        KeyPair mixed = new KeyPair(TestKeys.EC.getPublic(), TestKeys.OTHER_EC.getPrivate());

        assertThatThrownBy(() -> new PortalSigner(mixed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not belong");
    }

    @Test
    void only_a_lowercase_sha256_digest_a_report_id_and_a_version_can_be_signed() {
        PortalSigner signer = new PortalSigner(TestKeys.EC);

        assertThatThrownBy(() -> signer.sign("abc", "R-1", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signer.sign(DIGEST.toUpperCase(), "R-1", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signer.sign(DIGEST, " ", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signer.sign(DIGEST, null, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signer.sign(DIGEST, "R-1", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A PKCS12 keystore made by the JDK's own keytool, as an operator would make the portal's. */
    Path keytool(String alias, String... keyOptions) throws Exception {
        Path store = dir.resolve(alias + ".p12");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-noprompt", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD), "-alias", alias,
                "-dname", "CN=SelfCheck test portal", "-validity", "2"));
        command.addAll(List.of(keyOptions));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(store).exists();
        return store;
    }

    @Test
    void an_rsa_key_made_by_keytool_is_loaded_from_its_pkcs12_keystore() throws Exception {
        Path store = keytool("portal-rsa", "-keyalg", "RSA", "-keysize", "2048");

        PortalSigner signer = PortalSigner.fromKeystore(store, PASSWORD, "portal-rsa", PASSWORD);
        Seal seal = Seal.seal(CanonicalJsonTest.REPORT, signer, "R-1", 1);

        assertThat(signer.algorithm()).isEqualTo("RS256");
        assertThat(signer.publicKey()).isInstanceOf(RSAPublicKey.class);
        assertThat(SealVerifier.verify(seal.canonicalJson(), seal.digest(), seal.jws(), signer.publicKey()).valid())
                .isTrue();
    }

    @Test
    void an_ec_p256_key_made_by_keytool_is_loaded_from_its_pkcs12_keystore() throws Exception {
        Path store = keytool("portal-ec", "-keyalg", "EC", "-groupname", "secp256r1");

        PortalSigner signer = PortalSigner.fromKeystore(store, PASSWORD, "portal-ec", PASSWORD);
        Seal seal = Seal.seal(CanonicalJsonTest.REPORT, signer, "R-1", 1);

        assertThat(signer.algorithm()).isEqualTo("ES256");
        assertThat(SealVerifier.verify(seal.canonicalJson(), seal.digest(), seal.jws(),
                JWK.parse(signer.publicJwk())).valid()).isTrue();
    }

    @Test
    void a_wrong_alias_or_password_fails_when_the_keystore_is_loaded() throws Exception {
        Path store = keytool("portal", "-keyalg", "EC", "-groupname", "secp256r1");

        assertThatThrownBy(() -> PortalSigner.fromKeystore(store, PASSWORD, "no-such-alias", PASSWORD))
                .isInstanceOf(KeyStoreException.class).hasMessageContaining("no-such-alias");
        assertThatThrownBy(() -> PortalSigner.fromKeystore(store, "wrong".toCharArray(), "portal", PASSWORD))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> PortalSigner.fromKeystore(dir.resolve("missing.p12"), PASSWORD, "portal", PASSWORD))
                .isInstanceOf(IOException.class);
        assertThat(Files.size(store)).isPositive();
    }
}
