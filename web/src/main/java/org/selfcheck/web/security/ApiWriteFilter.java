package org.selfcheck.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.selfcheck.api.error.ServletErrors;

import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;

/**
 * Cross-site request forgery of the REST API: a POST, PUT, PATCH or DELETE under {@code /api} that is authenticated by
 * the session cookie only (no {@code Authorization: Bearer}) is refused with 403 {@code access.bearerRequired}
 * before it reaches a resource ({@link ApiWrites}). The token itself is verified by the OIDC mechanism before this
 * filter runs; reads with the session (photos, the report PDF, the QR code in pages) stay allowed.
 */
@WebFilter(urlPatterns = "/api/*", filterName = "api-writes")
public class ApiWriteFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ApiWriteFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ApiWrites.refused(request.getMethod(), request.getHeader("Authorization"), path)) {
            LOG.warning(() -> "refused " + request.getMethod() + " " + request.getRequestURI() + " without a bearer token"
                    + " (user " + request.getRemoteUser() + ", origin " + request.getHeader("Origin") + ")");
            ServletErrors.send(request, response, HttpServletResponse.SC_FORBIDDEN, "access.bearerRequired", List.of());
            return;
        }
        chain.doFilter(request, response);
    }
}
