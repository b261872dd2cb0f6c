package org.selfcheck.report.seal;

/**
 * A report as sealed when its principal signed it: what is stored with the report so that it can be verified
 * later, by the portal or by anyone with the portal's public key.
 *
 * @param canonicalJson the content, in {@link CanonicalJson} form: the exact text the digest was taken of
 * @param digest        {@link Digests#sha256Hex} of {@code canonicalJson}
 * @param jws           the compact JWS by which the portal signed the digest, the report id and the version
 * @param keyId         the {@code kid} of the key that signed, to find it again after the portal's key is changed
 */
public record Seal(String canonicalJson, String digest, String jws, String keyId) {

    /**
     * Seals one version of a report: canonical form, digest, signature.
     *
     * @throws IllegalArgumentException when the JSON has no canonical form (see {@link CanonicalJson})
     */
    public static Seal seal(String json, PortalSigner signer, String reportId, int version) {
        String canonical = CanonicalJson.canonical(json);
        String digest = Digests.sha256Hex(canonical);
        return new Seal(canonical, digest, signer.sign(digest, reportId, version), signer.keyId());
    }
}
