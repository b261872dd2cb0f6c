package org.selfcheck.bureau;

import jakarta.enterprise.context.ApplicationScoped;
import org.selfcheck.report.PortalKey;
import org.selfcheck.report.seal.PortalSigner;

/**
 * The key with which the bundled intake signs its receipts: a bureau's key, not the portal's (alias
 * {@code selfcheck-intake} of the signing keystore unless SELFCHECK_INTAKE_KEYSTORE, _PASSWORD and _ALIAS name
 * another), so that a receipt proves the bureau's side received the filing.
 */
@ApplicationScoped
public class IntakeKey {

    private volatile PortalSigner signer;

    public PortalSigner signer() {
        PortalSigner s = signer;
        if (s == null) {
            s = PortalKey.fromSettings("selfcheck.intake", "SELFCHECK_INTAKE", "selfcheck-intake");
            signer = s;
        }
        return s;
    }
}
