package org.selfcheck.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.selfcheck.report.seal.PortalSigner;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The portal's own signing key, from the PKCS12 keystore the server is configured with (system properties set
 * by wildfly-config's configure.cli from SELFCHECK_SIGNING_KEYSTORE, _PASSWORD and _ALIAS). Never committed:
 * the run and test commands generate one under .run/.
 */
@ApplicationScoped
public class PortalKey {

    private volatile PortalSigner signer;

    public PortalSigner signer() {
        PortalSigner s = signer;
        if (s == null) {
            String file = setting("selfcheck.signing.keystore", "SELFCHECK_SIGNING_KEYSTORE");
            String password = setting("selfcheck.signing.password", "SELFCHECK_SIGNING_PASSWORD");
            String alias = setting("selfcheck.signing.alias", "SELFCHECK_SIGNING_ALIAS");
            if (file == null || password == null || !Files.isReadable(Path.of(file))) {
                throw new IllegalStateException("no signing keystore: set SELFCHECK_SIGNING_KEYSTORE and SELFCHECK_SIGNING_PASSWORD"
                        + " (the run and test commands create one in .run/)");
            }
            try {
                s = PortalSigner.fromKeystore(Path.of(file), password.toCharArray(), alias == null ? "selfcheck-report" : alias,
                        password.toCharArray());
            } catch (java.io.IOException | java.security.GeneralSecurityException e) {
                throw new IllegalStateException("the signing keystore " + file + " cannot be read: " + e.getMessage(), e);
            }
            signer = s;
        }
        return s;
    }

    private static String setting(String property, String env) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? null : v;
    }
}
