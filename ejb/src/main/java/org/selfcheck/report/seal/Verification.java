package org.selfcheck.report.seal;

/**
 * What checking a sealed report found. The three findings are kept apart because they mean different things to
 * whoever reads them: altered content, a signature the portal did not make, and a signature that is genuine but
 * for other content (or another report).
 *
 * @param contentMatchesDigest  the canonical JSON still hashes to the stored digest
 * @param signatureValid        the JWS was made by the key it was checked with
 * @param signatureCoversDigest the signature is valid and its payload names the stored digest (and, when asked,
 *                              the report and version that were checked)
 * @param problemKey            the message key of the first problem found, in the order of the constants below;
 *                              null when the seal holds
 */
public record Verification(boolean contentMatchesDigest, boolean signatureValid, boolean signatureCoversDigest,
                           String problemKey) {

    /** The content does not hash to the stored digest: it was changed after it was sealed. */
    public static final String CONTENT_ALTERED = "report.seal.contentAltered";
    /** The JWS (or its payload) cannot be read. */
    public static final String MALFORMED = "report.seal.malformed";
    /** The JWS was not made with the portal's key (or was altered). */
    public static final String SIGNATURE_INVALID = "report.seal.signatureInvalid";
    /** The JWS is genuine but signs another digest: the stored digest was replaced. */
    public static final String DIGEST_MISMATCH = "report.seal.digestMismatch";
    /** The JWS is genuine and signs this digest, but for another report or version: the seal was copied. */
    public static final String OTHER_REPORT = "report.seal.otherReport";

    /** Content, digest and signature belong together. */
    public boolean valid() {
        return problemKey == null && contentMatchesDigest && signatureValid && signatureCoversDigest;
    }
}
