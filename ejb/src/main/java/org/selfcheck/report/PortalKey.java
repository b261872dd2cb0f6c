package org.selfcheck.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.selfcheck.report.seal.PortalSigner;
import org.selfcheck.shared.Settings;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The portal's own signing key, from the PKCS12 keystore named by the settings (SELFCHECK_SIGNING_KEYSTORE,
 * _PASSWORD and _ALIAS). Never committed: the run and test commands generate one under .run/.
 */
@ApplicationScoped
public class PortalKey {

    @Inject
    Settings settings;

    private volatile PortalSigner signer;

    public PortalSigner signer() {
        PortalSigner s = signer;
        if (s == null) {
            s = fromSettings(settings.signingKey(), "SELFCHECK_SIGNING");
            signer = s;
        }
        return s;
    }

    /**
     * A signer from a keystore, whose password is also the key's.
     *
     * @param envPrefix names the variables in the message when there is no keystore
     * @throws IllegalStateException when there is no keystore, or it cannot be read
     */
    public static PortalSigner fromSettings(Settings.KeySettings key, String envPrefix) {
        String file = key.keystore().orElse(null);
        String password = key.password().orElse(null);
        if (file == null || password == null || !Files.isReadable(Path.of(file))) {
            throw new IllegalStateException("no signing keystore: set " + envPrefix + "_KEYSTORE and " + envPrefix + "_PASSWORD"
                    + " (the run and test commands create one in .run/)");
        }
        try {
            return PortalSigner.fromKeystore(Path.of(file), password.toCharArray(), key.alias(), password.toCharArray());
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("the keystore " + file + " has no usable key " + key.alias() + ": " + e.getMessage(), e);
        }
    }
}
