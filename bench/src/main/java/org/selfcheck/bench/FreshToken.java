package org.selfcheck.bench;

import java.util.concurrent.TimeUnit;

/**
 * A user's access token, taken again before it expires: the realm's tokens live 5 minutes, and at the province's
 * scale the overview's and the REST figures each take longer than that (a 401 ended the province's run of 2026-12-02,
 * 11:51). Safe for the load's concurrent clients: one of them renews, the others go on with the token they read.
 */
final class FreshToken {

    private static final long RENEW_AFTER_NANOS = TimeUnit.MINUTES.toNanos(4);

    private final Keycloak keycloak;
    private final String username;
    private volatile String token;
    private volatile long takenAt;

    FreshToken(Keycloak keycloak, String username) throws Exception {
        this.keycloak = keycloak;
        this.username = username;
        renew();
    }

    String get() {
        if (System.nanoTime() - takenAt > RENEW_AFTER_NANOS) {
            synchronized (this) {
                if (System.nanoTime() - takenAt > RENEW_AFTER_NANOS) {
                    try {
                        renew();
                    } catch (Exception e) {
                        throw new IllegalStateException("could not renew the token of " + username, e);
                    }
                }
            }
        }
        return token;
    }

    private void renew() throws Exception {
        token = keycloak.accessToken(username);
        takenAt = System.nanoTime();
    }
}
