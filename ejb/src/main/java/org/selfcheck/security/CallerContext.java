package org.selfcheck.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.selfcheck.shared.AccessDeniedException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;

import java.util.Optional;

/**
 * The caller of the current invocation, read from the identity the container established: Elytron's
 * {@link SecurityIdentity} of the current security domain, whose principal is the {@code OidcPrincipal} with the
 * access token that elytron-oidc-client verified (see {@link Callers}), or the {@link SystemProcess named system
 * caller} of a timer, JMS or Camel entry point. Nothing is stored: every call reads the identity in force, so a
 * caller can never outlive or leak out of its invocation.
 */
@ApplicationScoped
public class CallerContext {

    /**
     * @throws AccessDeniedException {@code access.denied} when nobody is authenticated
     */
    public Caller require() {
        return current().orElseThrow(() -> new AccessDeniedException("access.denied"));
    }

    /** The caller, or empty for an anonymous invocation (or outside the container). */
    public Optional<Caller> current() {
        SecurityDomain domain = SecurityDomain.getCurrent();
        return domain == null ? Optional.empty() : Callers.of(domain.getCurrentSecurityIdentity());
    }
}
