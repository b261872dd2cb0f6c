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
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.selfcheck.shared.AccessDeniedException;
import org.selfcheck.shared.Settings;

import java.net.MalformedURLException;
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
@ApplicationScoped
public class FreshLogin {

    public static final Duration MAX_AGE = Duration.ofMinutes(5);
    /**
     * The development realm's scripts and tests sign with a password grant of this public client; a production realm
     * has no such client (see README, "Configuration for production"), so its realm never issues a token for it.
     */
    static final String DEVELOPMENT_CLIENT = "selfcheck-cli";

    @Inject
    Settings settings;

    private Set<String> clients;
    private DefaultJWTProcessor<SecurityContext> processor;

    @PostConstruct
    void init() {
        clients = Set.of(settings.portalClientId(), DEVELOPMENT_CLIENT);
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder.create(settings.realmEndpoint("certs").toURL()).build();
            DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
            p.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
            p.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                    new JWTClaimsSet.Builder().issuer(settings.realm().toString()).build(),
                    Set.of("sub", "iat", "exp", "preferred_username")));
            processor = p;
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("SELFCHECK_OIDC_PROVIDER_URL is not a URL: " + settings.realm(), e);
        }
    }

    /**
     * @return when the user logged in
     * @throws AccessDeniedException {@code report.freshLogin} when the token is missing, not valid, someone
     *                               else's, or the login is too old
     */
    public Instant verify(String idToken, String username, Instant now) {
        if (idToken == null || idToken.isBlank()) {
            throw new AccessDeniedException("report.freshLogin");
        }
        try {
            JWTClaimsSet claims = processor.process(idToken.strip(), null);
            if (claims.getAudience().stream().noneMatch(clients::contains)
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
}
