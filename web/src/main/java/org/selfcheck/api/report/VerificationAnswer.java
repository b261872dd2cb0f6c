package org.selfcheck.api.report;

import org.selfcheck.report.seal.Verification;
import org.selfcheck.shared.Messages;

import java.util.Locale;

/** A verification as the API answers it: the verdict, each finding, and what is wrong in the caller's language. */
public record VerificationAnswer(boolean valid, boolean contentMatchesDigest, boolean signatureValid,
                                 boolean signatureCoversDigest, String problem, String message) {

    static VerificationAnswer of(Verification v, Locale locale) {
        return new VerificationAnswer(v.valid(), v.contentMatchesDigest(), v.signatureValid(), v.signatureCoversDigest(),
                v.problemKey(), Messages.get(locale, v.valid() ? "report.seal.valid" : v.problemKey()));
    }
}
