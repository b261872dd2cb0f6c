package org.selfcheck.api.error;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

/**
 * The error page of a 401 (web.xml): the OIDC mechanism answers an API call without a valid token with 401 and
 * {@code WWW-Authenticate: Bearer}, never with a redirect to the login form (wildfly-config's configure.cli marks
 * API requests without a session as bearer-only); this page gives it the API's JSON error body. Pages never get a
 * 401 (they are sent to the login form), so every 401 is an API client's.
 */
@WebServlet(UnauthenticatedServlet.PATH)
public class UnauthenticatedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/api-error/unauthenticated";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getDispatcherType() != jakarta.servlet.DispatcherType.ERROR) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ServletErrors.send(request, response, HttpServletResponse.SC_UNAUTHORIZED, "access.unauthenticated", List.of());
    }
}
