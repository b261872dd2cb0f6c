package org.selfcheck.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.selfcheck.shared.AccessDeniedException;

import java.security.Principal;

/**
 * The caller of the current request, set by the web layer from the verified OIDC token. Services read
 * it to scope their queries; it is checked against the container's authenticated principal, so a caller
 * that does not belong to this request's identity is never used.
 */
@RequestScoped
public class CallerContext {

    @Inject
    Principal principal;

    private Caller caller;

    public void set(Caller caller) {
        this.caller = caller;
    }

    public Caller require() {
        if (caller == null || principal == null || !caller.username().equals(principal.getName())) {
            throw new AccessDeniedException("access.denied");
        }
        return caller;
    }
}
