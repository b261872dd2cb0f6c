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
            s = fromSettings("selfcheck.signing", "SELFCHECK_SIGNING", "selfcheck-report");
            signer = s;
        }
        return s;
    }

    /**
     * A signer from the keystore named by the system properties {@code <prefix>.keystore}, {@code .password} and
     * {@code .alias} (or the environment variables {@code <ENV>_KEYSTORE}, {@code _PASSWORD}, {@code _ALIAS});
     * keystore and password default to the portal's own, so that another key can live in the same keystore
     * under another alias.
     *
     * @throws IllegalStateException when there is no keystore, or it cannot be read
     */
    public static PortalSigner fromSettings(String prefix, String envPrefix, String defaultAlias) {
        String file = setting(prefix + ".keystore", envPrefix + "_KEYSTORE", "selfcheck.signing.keystore", "SELFCHECK_SIGNING_KEYSTORE");
        String password = setting(prefix + ".password", envPrefix + "_PASSWORD", "selfcheck.signing.password", "SELFCHECK_SIGNING_PASSWORD");
        String alias = setting(prefix + ".alias", envPrefix + "_ALIAS", null, null);
        if (file == null || password == null || !Files.isReadable(Path.of(file))) {
            throw new IllegalStateException("no signing keystore: set " + envPrefix + "_KEYSTORE and " + envPrefix + "_PASSWORD"
                    + " (the run and test commands create one in .run/)");
        }
        try {
            return PortalSigner.fromKeystore(Path.of(file), password.toCharArray(), alias == null ? defaultAlias : alias,
                    password.toCharArray());
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("the keystore " + file + " has no usable key " + (alias == null ? defaultAlias : alias)
                    + ": " + e.getMessage(), e);
        }
    }

    private static String setting(String property, String env, String fallbackProperty, String fallbackEnv) {
        for (String v : new String[]{System.getProperty(property), System.getenv(env),
                fallbackProperty == null ? null : System.getProperty(fallbackProperty),
                fallbackEnv == null ? null : System.getenv(fallbackEnv)}) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
