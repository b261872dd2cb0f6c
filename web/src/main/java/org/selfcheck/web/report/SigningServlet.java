package org.selfcheck.web.report;

import com.nimbusds.jwt.JWTParser;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.selfcheck.report.ReportService;
import org.selfcheck.security.FreshLogin;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.SelfCheckException;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The principal's signature with a fresh login: {@code /sign/start?report=ID} sends him to Keycloak's login
 * form ({@code prompt=login}, {@code max_age=0}), even though he is logged in; Keycloak answers in the URL
 * fragment (never seen by WildFly's OIDC adapter), which {@code /sign/callback} posts back to
 * {@code /sign/complete}; that exchanges the code for an ID token and hands it to the report service, which
 * verifies it (issuer, signature, user, login time) before sealing the report.
 */
@WebServlet(urlPatterns = {"/sign/start", "/sign/callback", "/sign/complete"})
public class SigningServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String PENDING = SigningServlet.class.getName() + ".pending";
    private static final String CLIENT = "selfcheck-portal";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @EJB
    ReportService reports;

    /** A signing under way in this session: which report, and the nonce Keycloak must put in the ID token. */
    record Pending(long reportId, String nonce, String digest) implements Serializable {
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
        pending(request.getSession()).put(state, new Pending(report, nonce, digest));
        String url = FreshLogin.realm() + "/protocol/openid-connect/auth?client_id=" + CLIENT
                + "&response_type=code&response_mode=fragment&scope=openid&prompt=login&max_age=0"
                + "&redirect_uri=" + encode(callbackUri(request)) + "&state=" + state + "&nonce=" + nonce
                + "&login_hint=" + encode(request.getRemoteUser());
        response.sendRedirect(url);
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
        String back = request.getContextPath() + "/reports/" + pending.reportId();
        String code = request.getParameter("code");
        if (code == null || code.isBlank()) {
            response.sendRedirect(back + "?signed=cancelled");
            return;
        }
        try {
            String idToken = exchange(code, callbackUri(request), pending.nonce());
            reports.sign(pending.reportId(), idToken, pending.digest());
            response.sendRedirect(back + "?signed=yes");
        } catch (SelfCheckException e) {
            response.sendRedirect(back + "?signed=" + encode(e.messageKey()));
        }
    }

    /** Exchanges the code for tokens with the portal's own client credentials; checks the nonce of the ID token. */
    private static String exchange(String code, String redirectUri, String nonce) throws IOException {
        String secret = System.getenv("SELFCHECK_OIDC_SECRET");
        String form = "grant_type=authorization_code&code=" + encode(code) + "&redirect_uri=" + encode(redirectUri)
                + "&client_id=" + CLIENT + "&client_secret=" + encode(secret == null ? "" : secret);
        HttpResponse<String> answer;
        try {
            answer = HTTP.send(HttpRequest.newBuilder(URI.create(FreshLogin.realm() + "/protocol/openid-connect/token"))
                    .timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        if (answer.statusCode() != 200) {
            throw new org.selfcheck.shared.AccessDeniedException("report.freshLogin");
        }
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            JsonObject tokens = reader.readObject();
            String idToken = tokens.getString("id_token", null);
            if (idToken == null || !nonce.equals(nonceOf(idToken))) {
                throw new org.selfcheck.shared.AccessDeniedException("report.freshLogin");
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

    private static String callbackUri(HttpServletRequest request) {
        String base = request.getRequestURL().toString();
        return base.substring(0, base.indexOf(request.getServletPath())) + "/sign/callback";
    }

    private static String random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
