package org.selfcheck.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.selfcheck.shared.AccessDeniedException;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;

/**
 * Proof that a user has just logged in again: an ID token from Keycloak, checked against the realm's keys,
 * issued for one of our clients to this very user, with a login ({@code auth_time}, or the token's issue time
 * for a password grant, which has none) no older than {@link #MAX_AGE}. Signing a report asks for it, so that a
 * session left open cannot sign.
 */
public final class FreshLogin {

    public static final Duration MAX_AGE = Duration.ofMinutes(5);
    static final Set<String> CLIENTS = Set.of("selfcheck-portal", "selfcheck-cli");

    private static volatile DefaultJWTProcessor<SecurityContext> processor;

    private FreshLogin() {
    }

    /** The realm URL the portal trusts (the same variable the OIDC subsystem reads). */
    public static String realm() {
        String url = System.getenv("SELFCHECK_OIDC_PROVIDER_URL");
        return url == null || url.isBlank() ? "http://localhost:8180/realms/selfcheck" : url.strip();
    }

    /**
     * @return when the user logged in
     * @throws AccessDeniedException {@code report.freshLogin} when the token is missing, not valid, someone
     *                               else's, or the login is too old
     */
    public static Instant verify(String idToken, String username, Instant now) {
        if (idToken == null || idToken.isBlank()) {
            throw new AccessDeniedException("report.freshLogin");
        }
        try {
            JWTClaimsSet claims = processor().process(idToken.strip(), null);
            if (claims.getAudience().stream().noneMatch(CLIENTS::contains)
                    || !username.equalsIgnoreCase(claims.getStringClaim("preferred_username"))) {
                throw new AccessDeniedException("report.freshLogin");
            }
            Date authTime = claims.getDateClaim("auth_time");
            Instant loggedIn = (authTime != null ? authTime : claims.getIssueTime()).toInstant();
            if (loggedIn.isBefore(now.minus(MAX_AGE)) || loggedIn.isAfter(now.plus(Duration.ofMinutes(1)))) {
                throw new AccessDeniedException("report.freshLogin");
            }
            return loggedIn;
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new AccessDeniedException("report.freshLogin");
        }
    }

    private static DefaultJWTProcessor<SecurityContext> processor() {
        DefaultJWTProcessor<SecurityContext> p = processor;
        if (p == null) {
            try {
                JWKSource<SecurityContext> keys = JWKSourceBuilder
                        .create(URI.create(realm() + "/protocol/openid-connect/certs").toURL()).build();
                p = new DefaultJWTProcessor<>();
                p.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
                p.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                        new JWTClaimsSet.Builder().issuer(realm()).build(), Set.of("sub", "iat", "exp", "preferred_username")));
                processor = p;
            } catch (MalformedURLException e) {
                throw new IllegalStateException("SELFCHECK_OIDC_PROVIDER_URL is not a URL: " + realm(), e);
            }
        }
        return p;
    }
}
