package org.selfcheck.evidence;

import java.time.Instant;

/** A stored photo without its bytes: what lists show (the bytes are served by id). */
public record PhotoRef(long id, String sha256, String contentType, long size, int width, int height, String fileName,
                       Instant uploadedAt, String uploadedBy) {
}
