package org.selfcheck.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.wildfly.security.http.oidc.OidcSecurityContext;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Ends the portal session and the Keycloak single sign-on session, then returns to the portal. */
@WebServlet("/signout")
public class LogoutServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String idToken = null;
        String issuer = null;
        if (request.getAttribute(OidcSecurityContext.class.getName()) instanceof OidcSecurityContext oidc) {
            idToken = oidc.getIDTokenString();
            issuer = oidc.getToken().getIssuer();
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String portal = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/";
        if (issuer == null) {
            response.sendRedirect(portal);
            return;
        }
        StringBuilder endSession = new StringBuilder(issuer).append("/protocol/openid-connect/logout?post_logout_redirect_uri=")
                .append(URLEncoder.encode(portal, StandardCharsets.UTF_8));
        if (idToken != null) {
            endSession.append("&id_token_hint=").append(URLEncoder.encode(idToken, StandardCharsets.UTF_8));
        }
        response.sendRedirect(endSession.toString());
    }
}
