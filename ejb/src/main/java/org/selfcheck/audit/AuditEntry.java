package org.selfcheck.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One entry of the audit trail: who changed what, when, and the record before and after, linked to the
 * entry before it in its chain by that entry's hash.
 *
 * @param id         the row id (null before it is stored)
 * @param chainKey   the chain: {@code company:<credit code>} or {@code system}
 * @param seq        the position in the chain, from 1
 * @param before     the record before the change as JSON, null when it was created
 * @param after      the record after the change as JSON, null when nothing remains
 * @param prevHash   the hash of the entry before (64 zeros for the first)
 * @param hash       SHA-256 over all of the above
 */
public record AuditEntry(Long id, String chainKey, long seq, Instant occurredAt, String actor, String entityType,
                         String entityId, String action, String before, String after, String prevHash, String hash) {

    /** The hash before the first entry of every chain. */
    public static final String GENESIS = "0".repeat(64);

    /** A new entry after {@code prevHash}, hashed. Times are kept to the microsecond, as PostgreSQL stores them. */
    public static AuditEntry append(String chainKey, long seq, Instant occurredAt, String actor, String entityType,
                                    String entityId, String action, String before, String after, String prevHash) {
        Instant at = occurredAt.truncatedTo(ChronoUnit.MICROS);
        AuditEntry unhashed = new AuditEntry(null, chainKey, seq, at, actor, entityType, entityId, action, before,
                after, prevHash, null);
        return unhashed.withHash(unhashed.computeHash());
    }

    private AuditEntry withHash(String h) {
        return new AuditEntry(id, chainKey, seq, occurredAt, actor, entityType, entityId, action, before, after, prevHash, h);
    }

    /**
     * The SHA-256 of this entry's content and its predecessor's hash. Every field is written with its length
     * first, so no two different entries have the same input.
     */
    public String computeHash() {
        StringBuilder in = new StringBuilder(256);
        field(in, chainKey);
        field(in, Long.toString(seq));
        field(in, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt)));
        field(in, actor);
        field(in, entityType);
        field(in, entityId);
        field(in, action);
        field(in, before);
        field(in, after);
        field(in, prevHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(in.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void field(StringBuilder in, String value) {
        if (value == null) {
            in.append("-|");
        } else {
            in.append(value.length()).append(':').append(value).append('|');
        }
    }
}
