package org.selfcheck.report.seal;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

/** Key pairs made once per test run: RSA key generation takes a noticeable fraction of a second. */
final class TestKeys {

    static final KeyPair RSA = generate("RSA");
    static final KeyPair EC = generate("EC");
    /** Another portal's key, for signatures that must not verify. */
    static final KeyPair OTHER_EC = generate("EC");

    private TestKeys() {
    }

    static KeyPair generate(String algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (algorithm.equals("EC")) {
                generator.initialize(new ECGenParameterSpec("secp256r1"));
            } else {
                generator.initialize(2048);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
