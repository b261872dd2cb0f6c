package org.selfcheck.bureau;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.selfcheck.report.PortalKey;
import org.selfcheck.report.seal.PortalSigner;
import org.selfcheck.shared.Settings;

/**
 * The key with which the bundled intake signs its receipts: a bureau's key, not the portal's (alias
 * {@code selfcheck-intake} of the signing keystore unless SELFCHECK_INTAKE_KEYSTORE, _PASSWORD and _ALIAS name
 * another), so that a receipt proves the bureau's side received the filing.
 */
@ApplicationScoped
public class IntakeKey {

    @Inject
    Settings settings;

    private volatile PortalSigner signer;

    public PortalSigner signer() {
        PortalSigner s = signer;
        if (s == null) {
            s = PortalKey.fromSettings(settings.intakeKey(), "SELFCHECK_INTAKE");
            signer = s;
        }
        return s;
    }
}
