package org.selfcheck.routes.port;

/** Bearer tokens for the intake (OAuth2 client credentials), cached. */
public interface AccessTokens {

    /** A valid access token (without the "Bearer " prefix); fetches a new one only when the cached one is near expiry. */
    String accessToken();

    /** Forgets the cached token (the intake answered 401). */
    void invalidate();
}
