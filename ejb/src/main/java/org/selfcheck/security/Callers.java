package org.selfcheck.security;

import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * How an Elytron identity becomes a {@link Caller}: the user name is the principal's (configure.cli makes it
 * {@code preferred_username}), the roles are the identity's realm roles, and the company and jurisdiction come from
 * the {@code company_code} and {@code region_code} claims of the verified access token (Keycloak user attributes,
 * mapped into the token by the clients' protocol mappers). Nothing the client sends besides the token is trusted.
 */
final class Callers {

    static final String COMPANY_CLAIM = "company_code";
    static final String REGION_CLAIM = "region_code";

    private Callers() {
    }

    static Optional<Caller> of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        Principal principal = identity.getPrincipal();
        if (principal instanceof SystemProcess.SystemPrincipal system) {
            return Optional.of(Caller.system(system.process()));
        }
        if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            AccessToken token = oidc.getOidcSecurityContext().getToken();
            return Optional.of(of(principal.getName(), identity.getRoles()::contains,
                    token == null ? null : token.getClaimValueAsString(COMPANY_CLAIM),
                    token == null ? null : token.getClaimValueAsString(REGION_CLAIM)));
        }
        // an identity of another mechanism carries no claims: roles only
        return Optional.of(of(principal.getName(), identity.getRoles()::contains, null, null));
    }

    /** The caller with those of SelfCheck's roles that {@code hasRole} grants, and the claims' values (blank: none). */
    static Caller of(String username, Predicate<String> hasRole, String companyClaim, String regionClaim) {
        Set<String> roles = Arrays.stream(Roles.ALL).filter(hasRole).collect(Collectors.toSet());
        return new Caller(username, roles, blankToNull(companyClaim), blankToNull(regionClaim));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
