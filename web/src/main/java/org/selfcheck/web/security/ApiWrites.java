package org.selfcheck.web.security;

import java.util.Locale;
import java.util.Set;

/**
 * Which API requests may change data: only those that carry their own credentials in an {@code Authorization: Bearer}
 * header. A browser adds the session cookie to any request, a forged cross-site one included, but never a bearer
 * token, and no page of the portal writes through the API (they post JSF forms, whose view state is the token a
 * cross-site form cannot know). So a request that would change data on the strength of the cookie alone is refused.
 * The one exception is a write that needs no login at all (a company's application, {@link #PUBLIC_WRITES}): a forged
 * one is nothing anybody could not send directly, and the service limits how often one submitter may.
 */
public final class ApiWrites {

    /** Methods that only read (RFC 9110 §9.2.1); every other method, known or not, is treated as a change. */
    static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    /** Paths (within the context) that anyone may post to without an account. */
    static final Set<String> PUBLIC_WRITES = Set.of("/api/applications");

    private ApiWrites() {
    }

    /** As {@link #refused(String, String)}, with the public writes let through whatever their credentials. */
    public static boolean refused(String method, String authorization, String path) {
        return !("POST".equalsIgnoreCase(method) && PUBLIC_WRITES.contains(path)) && refused(method, authorization);
    }

    /** Whether a request with this method and {@code Authorization} header (null when absent) is refused. */
    public static boolean refused(String method, String authorization) {
        return !SAFE.contains(method.toUpperCase(Locale.ROOT)) && !isBearer(authorization);
    }

    static boolean isBearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && !authorization.substring(7).isBlank();
    }
}
