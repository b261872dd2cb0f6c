package org.selfcheck.report.seal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The digest of a sealed report: what the signature covers, and what anyone can recompute from the content. */
public final class Digests {

    private Digests() {
    }

    /**
     * SHA-256 over the UTF-8 bytes of the canonical JSON, as 64 lowercase hex digits. UTF-8 because RFC 8785
     * prescribes it: the same text in another encoding would be other bytes and another digest.
     */
    public static String sha256Hex(String canonicalJson) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonicalJson.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether the text looks like what {@link #sha256Hex} writes. */
    static boolean isSha256Hex(String s) {
        return s != null && s.length() == 64
                && s.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}
