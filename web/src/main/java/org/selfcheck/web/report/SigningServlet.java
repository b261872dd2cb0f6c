package org.selfcheck.web.report;

import com.nimbusds.jwt.JWTParser;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.UriBuilder;
import org.selfcheck.report.ReportService;
import org.selfcheck.security.FreshLogin;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.AccessDeniedException;
import org.selfcheck.shared.JsonP;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.shared.Settings;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The principal's signature with a fresh login: {@code /sign/start?report=ID} sends him to Keycloak's login
 * form ({@code prompt=login}, {@code max_age=0}), even though he is logged in; Keycloak answers in the URL
 * fragment (never seen by WildFly's OIDC adapter), which {@code /sign/callback} posts back to
 * {@code /sign/complete}; that exchanges the code for an ID token and hands it to the report service, which
 * verifies it (issuer, signature, user, login time) before sealing the report. The login is the portal's own
 * client (the settings' {@code selfcheck.oidc.client-id}, the one the OIDC subsystem uses) with PKCE (S256), so
 * that a code intercepted on its way back cannot be exchanged without the verifier kept in this session.
 */
@WebServlet(urlPatterns = {"/sign/start", "/sign/callback", "/sign/complete"})
public class SigningServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String PENDING = SigningServlet.class.getName() + ".pending";
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * Per servlet instance, never static: the client's selector thread keeps the deployment's class loader reachable
     * (its inherited access control context holds this class's protection domain) for as long as the client is; a
     * static client would be reachable from that very class loader, so neither would ever be collected after undeploy.
     */
    private final transient HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @EJB
    ReportService reports;

    @Inject
    Settings settings;

    /**
     * A signing under way in this session: which report, the nonce Keycloak must put in the ID token, the digest of
     * what the principal read and the PKCE code verifier.
     */
    record Pending(long reportId, String nonce, String digest, String codeVerifier) implements Serializable {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getServletPath()) {
            case "/sign/start" -> start(request, response);
            case "/sign/callback" -> callback(response);
            default -> response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/sign/complete".equals(request.getServletPath())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        complete(request, response);
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long report;
        try {
            report = Long.parseLong(request.getParameter("report"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (!request.isUserInRole(Roles.PRINCIPAL)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String state = random();
        String nonce = random();
        // the digest of the content the principal read: signing stops if the records changed since
        String digest = request.getParameter("digest");
        if (digest != null && !digest.matches("[0-9a-f]{64}")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String verifier = random(32);
        pending(request.getSession()).put(state, new Pending(report, nonce, digest, verifier));
        URI login = UriBuilder.fromUri(settings.realmEndpoint("auth"))
                .queryParam("client_id", settings.portalClientId())
                .queryParam("response_type", "code")
                .queryParam("response_mode", "fragment")
                .queryParam("scope", "openid")
                .queryParam("prompt", "login")
                .queryParam("max_age", 0)
                .queryParam("redirect_uri", "{redirect}")
                .queryParam("state", state)
                .queryParam("nonce", nonce)
                .queryParam("code_challenge", challenge(verifier))
                .queryParam("code_challenge_method", "S256")
                .queryParam("login_hint", "{user}")
                // values given to build() are encoded whole, so neither a URL nor a user name can add parameters
                .build(callbackUri(request), request.getRemoteUser() == null ? "" : request.getRemoteUser());
        response.sendRedirect(login.toASCIIString());
    }

    /** A page that posts the fragment Keycloak returned (code and state) to /sign/complete. */
    private static void callback(HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("""
                <!DOCTYPE html><html><head><meta charset="UTF-8"><title>签署</title></head><body>
                <form id="complete" method="post" action="complete"><input type="hidden" name="code"><input type="hidden" name="state">
                <input type="hidden" name="error"></form>
                <script>
                  const p = new URLSearchParams(location.hash.substring(1));
                  const f = document.getElementById('complete');
                  f.code.value = p.get('code') || ''; f.state.value = p.get('state') || ''; f.error.value = p.get('error') || '';
                  f.submit();
                </script></body></html>""");
    }

    private void complete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Pending pending = session == null ? null : pending(session).remove(request.getParameter("state"));
        if (pending == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        UriBuilder back = UriBuilder.fromPath(request.getContextPath()).path("/reports/{id}").queryParam("signed", "{outcome}");
        String code = request.getParameter("code");
        if (code == null || code.isBlank()) {
            response.sendRedirect(back.build(pending.reportId(), "cancelled").toASCIIString());
            return;
        }
        try {
            String idToken = exchange(code, callbackUri(request), pending);
            reports.sign(pending.reportId(), idToken, pending.digest());
            response.sendRedirect(back.build(pending.reportId(), "yes").toASCIIString());
        } catch (SelfCheckException e) {
            response.sendRedirect(back.build(pending.reportId(), e.messageKey()).toASCIIString());
        }
    }

    /**
     * Exchanges the code for tokens with the portal's own client credentials and the PKCE verifier; checks the nonce
     * of the ID token.
     */
    private String exchange(String code, String redirectUri, Pending pending) throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("code_verifier", pending.codeVerifier());
        form.put("client_id", settings.portalClientId());
        form.put("client_secret", settings.portalSecret());
        HttpResponse<String> answer;
        try {
            answer = http.send(HttpRequest.newBuilder(settings.realmEndpoint("token"))
                    .timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formEncoded(form))).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        if (answer.statusCode() != 200) {
            throw new AccessDeniedException("report.freshLogin");
        }
        try (JsonReader reader = JsonP.PROVIDER.createReader(new StringReader(answer.body()))) {
            JsonObject tokens = reader.readObject();
            String idToken = tokens.getString("id_token", null);
            if (idToken == null || !pending.nonce().equals(nonceOf(idToken))) {
                throw new AccessDeniedException("report.freshLogin");
            }
            return idToken;
        }
    }

    /** The token's nonce; its signature and the rest are verified by the report service ({@link FreshLogin}). */
    private static String nonceOf(String idToken) {
        try {
            return JWTParser.parse(idToken).getJWTClaimsSet().getStringClaim("nonce");
        } catch (ParseException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Pending> pending(HttpSession session) {
        Map<String, Pending> map = (Map<String, Pending>) session.getAttribute(PENDING);
        if (map == null) {
            map = new HashMap<>();
            session.setAttribute(PENDING, map);
        }
        return map;
    }

    /** This request's scheme, host and context with the callback's path: where Keycloak sends the code. */
    static String callbackUri(HttpServletRequest request) {
        return UriBuilder.fromUri(request.getRequestURL().toString()).replaceQuery(null).fragment(null)
                .replacePath(request.getContextPath()).path("/sign/callback").build().toString();
    }

    private static String random() {
        return random(16);
    }

    /** URL-safe random text of {@code bytes} random bytes (43 characters for 32: a PKCE verifier's length). */
    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** RFC 7636 S256: the verifier's SHA-256, base64url without padding. */
    static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String formEncoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
