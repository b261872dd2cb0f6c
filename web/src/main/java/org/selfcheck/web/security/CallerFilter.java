package org.selfcheck.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.selfcheck.security.Caller;
import org.selfcheck.security.CallerContext;
import org.selfcheck.security.Roles;
import org.wildfly.security.http.oidc.OidcSecurityContext;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * For every authenticated request, builds the {@link Caller} from the token that elytron-oidc-client
 * verified: roles from the realm roles, company and jurisdiction from the {@code company_code} and
 * {@code region_code} claims. Nothing the client sends besides the token is trusted.
 */
@WebFilter(urlPatterns = "/*", filterName = "caller")
public class CallerFilter extends HttpFilter {

    static final String COMPANY_CLAIM = "company_code";
    static final String REGION_CLAIM = "region_code";

    @Inject
    CallerContext callerContext;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null
                && request.getAttribute(OidcSecurityContext.class.getName()) instanceof OidcSecurityContext oidc) {
            Set<String> roles = Arrays.stream(Roles.ALL).filter(request::isUserInRole).collect(Collectors.toSet());
            callerContext.set(new Caller(request.getUserPrincipal().getName(), roles,
                    claim(oidc, COMPANY_CLAIM), claim(oidc, REGION_CLAIM)));
        }
        chain.doFilter(request, response);
    }

    private static String claim(OidcSecurityContext oidc, String name) {
        String value = oidc.getToken().getClaimValueAsString(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
