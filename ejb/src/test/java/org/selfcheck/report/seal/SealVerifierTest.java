package org.selfcheck.report.seal;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWK;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SealVerifierTest {

    static final PortalSigner RSA = new PortalSigner(TestKeys.RSA);
    static final PortalSigner EC = new PortalSigner(TestKeys.EC);
    static final PortalSigner OTHER_PORTAL = new PortalSigner(TestKeys.OTHER_EC);
    static final String REPORT_ID = "2026Q1-91330106MA27Y1A30W";

    static Stream<PortalSigner> signers() {
        return Stream.of(RSA, EC);
    }

    static Seal sealed(PortalSigner signer) {
        return Seal.seal(CanonicalJsonTest.REPORT, signer, REPORT_ID, 1);
    }

    /** The canonical JSON with one character changed: the number of overdue hazards, 0 becomes 1. */
    static String altered(String canonicalJson) {
        String result = canonicalJson.replace("\"overdue\":0", "\"overdue\":1");
        assertThat(result).isNotEqualTo(canonicalJson).hasSameSizeAs(canonicalJson);
        return result;
    }

    @Test
    void sealing_freezes_the_canonical_form_its_digest_and_the_signing_key() {
        Seal seal = sealed(EC);

        assertThat(seal.canonicalJson()).isEqualTo(CanonicalJson.canonical(CanonicalJsonTest.SAME_REPORT_OTHER_ORDER));
        assertThat(seal.digest()).isEqualTo(Digests.sha256Hex(seal.canonicalJson()));
        assertThat(seal.keyId()).isEqualTo(EC.keyId());
        assertThat(new String(Base64.getUrlDecoder().decode(seal.jws().split("\\.")[1]), StandardCharsets.UTF_8))
                .contains(seal.digest(), REPORT_ID);
    }

    @ParameterizedTest
    @MethodSource("signers")
    void a_sealed_report_verifies_with_the_portal_key(PortalSigner signer) {
        Seal seal = sealed(signer);

        Verification v = SealVerifier.verify(seal.canonicalJson(), seal.digest(), seal.jws(), signer.publicKey());

        assertThat(v).isEqualTo(new Verification(true, true, true, null));
        assertThat(v.valid()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("signers")
    void a_sealed_report_verifies_with_the_published_jwk_and_its_own_id_and_version(PortalSigner signer)
            throws Exception {
        Seal seal = sealed(signer);

        assertThat(SealVerifier.verify(seal.canonicalJson(), seal.digest(), seal.jws(), JWK.parse(signer.publicJwk()))
                .valid()).isTrue();
        assertThat(SealVerifier.verify(seal.canonicalJson(), seal.digest(), seal.jws(), signer.publicKey(),
                REPORT_ID, 1).valid()).isTrue();
    }

    @Test
    void an_uploaded_copy_in_another_key_order_verifies_once_made_canonical() {
        Seal seal = sealed(EC);

        Verification v = SealVerifier.verify(CanonicalJson.canonical(CanonicalJsonTest.SAME_REPORT_OTHER_ORDER),
                seal.digest(), seal.jws(), EC.publicKey());

        assertThat(v.valid()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("signers")
    void content_changed_by_one_character_no_longer_matches_its_digest(PortalSigner signer) {
        Seal seal = sealed(signer);

        Verification v = SealVerifier.verify(altered(seal.canonicalJson()), seal.digest(), seal.jws(),
                signer.publicKey());

        assertThat(v).isEqualTo(new Verification(false, true, true, Verification.CONTENT_ALTERED));
        assertThat(v.valid()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("signers")
    void a_digest_replaced_by_that_of_altered_content_is_not_the_one_signed(PortalSigner signer) {
        Seal seal = sealed(signer);
        String altered = altered(seal.canonicalJson());

        Verification v = SealVerifier.verify(altered, Digests.sha256Hex(altered), seal.jws(), signer.publicKey());

        assertThat(v).isEqualTo(new Verification(true, true, false, Verification.DIGEST_MISMATCH));
        assertThat(v.valid()).isFalse();
    }

    @Test
    void altered_content_with_its_new_digest_signed_by_another_key_has_an_invalid_signature() {
        Seal seal = sealed(EC);
        Seal forged = Seal.seal(altered(seal.canonicalJson()), OTHER_PORTAL, REPORT_ID, 1);

        Verification v = SealVerifier.verify(forged.canonicalJson(), forged.digest(), forged.jws(), EC.publicKey());

        assertThat(v).isEqualTo(new Verification(true, false, false, Verification.SIGNATURE_INVALID));
    }

    @Test
    void a_signature_by_a_key_of_another_kind_is_invalid() {
        Seal byEc = sealed(EC);
        Seal byRsa = sealed(RSA);

        assertThat(SealVerifier.verify(byEc.canonicalJson(), byEc.digest(), byEc.jws(), RSA.publicKey()).problemKey())
                .isEqualTo(Verification.SIGNATURE_INVALID);
        assertThat(SealVerifier.verify(byRsa.canonicalJson(), byRsa.digest(), byRsa.jws(), EC.publicKey()).problemKey())
                .isEqualTo(Verification.SIGNATURE_INVALID);
    }

    @ParameterizedTest
    @MethodSource("signers")
    void a_signature_changed_by_one_character_is_invalid(PortalSigner signer) {
        Seal seal = sealed(signer);
        String jws = seal.jws();
        int i = jws.lastIndexOf('.') + 5;
        String tampered = jws.substring(0, i) + (jws.charAt(i) == 'A' ? 'B' : 'A') + jws.substring(i + 1);

        Verification v = SealVerifier.verify(seal.canonicalJson(), seal.digest(), tampered, signer.publicKey());

        assertThat(v).isEqualTo(new Verification(true, false, false, Verification.SIGNATURE_INVALID));
    }

    @Test
    void a_header_that_claims_hmac_with_the_public_key_as_secret_is_refused() throws Exception {
        Seal seal = sealed(RSA);
        JWSObject confused = new JWSObject(new JWSHeader(JWSAlgorithm.HS256),
                new Payload(new String(Base64.getUrlDecoder().decode(seal.jws().split("\\.")[1]), StandardCharsets.UTF_8)));
        confused.sign(new MACSigner(RSA.publicKey().getEncoded()));

        Verification v = SealVerifier.verify(seal.canonicalJson(), seal.digest(), confused.serialize(), RSA.publicKey());

        assertThat(v.signatureValid()).isFalse();
        assertThat(v.problemKey()).isEqualTo(Verification.SIGNATURE_INVALID);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"garbage", "a.b.c", "..", "...", "eyJhbGciOiJub25lIn0.eyJkaWdlc3QiOiIwIn0.",
            "eyJhbGciOiJFUzI1NiJ9", "eyJhbGciOiJFUzI1NiJ9.!!!.###", "{\"digest\":\"x\"}", "\u0000\uffff.\ud83d.x"})
    void a_jws_that_cannot_be_read_is_malformed_and_throws_nothing(String garbage) {
        Seal seal = sealed(EC);

        Verification v = SealVerifier.verify(seal.canonicalJson(), seal.digest(), garbage, EC.publicKey());

        assertThat(v.contentMatchesDigest()).isTrue();
        assertThat(v.signatureValid()).isFalse();
        assertThat(v.signatureCoversDigest()).isFalse();
        // a readable ES256 header with parts that are not base64url is read, and then fails as a signature
        assertThat(v.problemKey()).isIn(Verification.MALFORMED, Verification.SIGNATURE_INVALID);
        assertThat(v.valid()).isFalse();
    }

    @Test
    void plain_garbage_is_reported_as_malformed() {
        Seal seal = sealed(EC);

        assertThat(SealVerifier.verify(seal.canonicalJson(), seal.digest(), "garbage", EC.publicKey()))
                .isEqualTo(new Verification(true, false, false, Verification.MALFORMED));
    }

    /**
     * The portal signs and verifies ES256 with Bouncy Castle's provider: seals the JDK's provider signed (before)
     * still verify, and a bureau that verifies with the JDK's provider accepts the portal's seals.
     */
    @Test
    void ecdsa_seals_of_bouncy_castle_and_of_the_jdk_verify_with_each_other() throws Exception {
        Seal seal = sealed(EC);
        JWSObject byBouncyCastle = JWSObject.parse(seal.jws());
        JWSObject byTheJdk = new JWSObject(byBouncyCastle.getHeader(), byBouncyCastle.getPayload());
        byTheJdk.sign(new ECDSASigner((ECPrivateKey) TestKeys.EC.getPrivate()));

        assertThat(byBouncyCastle.verify(new ECDSAVerifier((ECPublicKey) TestKeys.EC.getPublic())))
                .as("the JDK's provider verifies what the portal signed").isTrue();
        assertThat(SealVerifier.verify(seal.canonicalJson(), seal.digest(), byTheJdk.serialize(), EC.publicKey()))
                .as("the portal verifies what the JDK's provider signed").isEqualTo(new Verification(true, true, true, null));
    }

    @Test
    void a_genuine_signature_over_something_that_is_not_a_seal_is_malformed() throws Exception {
        Seal seal = sealed(EC);
        JWSObject other = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(EC.keyId()).build(),
                new Payload("{\"sub\":\"someone\"}"));
        other.sign(new ECDSASigner((ECPrivateKey) TestKeys.EC.getPrivate()));

        Verification v = SealVerifier.verify(seal.canonicalJson(), seal.digest(), other.serialize(), EC.publicKey());

        assertThat(v).isEqualTo(new Verification(true, true, false, Verification.MALFORMED));
    }

    @Test
    void a_genuine_seal_copied_onto_another_report_or_version_is_found() {
        Seal seal = sealed(EC);

        assertThat(SealVerifier.verify(seal.canonicalJson(), seal.digest(), seal.jws(), EC.publicKey(),
                "2026Q1-OTHER", 1)).isEqualTo(new Verification(true, true, false, Verification.OTHER_REPORT));
        assertThat(SealVerifier.verify(seal.canonicalJson(), seal.digest(), seal.jws(), EC.publicKey(),
                REPORT_ID, 2).problemKey()).isEqualTo(Verification.OTHER_REPORT);
    }

    @Test
    void missing_content_or_digest_is_altered_content() {
        Seal seal = sealed(EC);

        assertThat(SealVerifier.verify(null, seal.digest(), seal.jws(), EC.publicKey()).problemKey())
                .isEqualTo(Verification.CONTENT_ALTERED);
        assertThat(SealVerifier.verify(seal.canonicalJson(), null, seal.jws(), EC.publicKey()))
                .isEqualTo(new Verification(false, true, false, Verification.CONTENT_ALTERED));
    }

    @Test
    void altered_content_is_the_first_problem_named_when_the_jws_is_broken_too() {
        Seal seal = sealed(EC);

        assertThat(SealVerifier.verify(altered(seal.canonicalJson()), seal.digest(), "garbage", EC.publicKey()))
                .isEqualTo(new Verification(false, false, false, Verification.CONTENT_ALTERED));
    }
}
