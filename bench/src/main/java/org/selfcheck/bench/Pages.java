package org.selfcheck.bench;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figure 4: pages, as a safety manager's browser gets them after logging in through Keycloak's form: the check page of
 * a check with about 20 items and a hazard's page, one request after another, against a static file of the same server
 * (the stylesheet, which no servlet but Undertow's default one touches). Only the page itself is fetched, not its
 * scripts and styles, which the browser caches.
 */
final class Pages {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final String STATIC = "/resources/css/selfcheck.css";

    private Pages() {
    }

    static List<Figure> measure(URI portal, Connection db, String companyCode, String username, String password,
                                BenchMain.Scale scale) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(new LoopbackCookies(), CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();
        long check = checkWithAbout20Items(db, companyCode);
        long hazard = aHazard(db, companyCode);
        String checkPage = "/inspection/check.xhtml?id=" + check;
        String hazardPage = "/hazard/hazard.xhtml?id=" + hazard;
        logIn(browser, portal.resolve(checkPage), username, password);

        int repeats = scale.overviewRepeats() * 5;
        Histogram stat = time(browser, portal.resolve(STATIC), repeats, "text/css");
        List<Figure> figures = new ArrayList<>();
        for (String[] page : new String[][]{{"Check page (" + items(db, check) + " items)", checkPage}, {"Hazard page", hazardPage}}) {
            Histogram h = time(browser, portal.resolve(page[1]), repeats, "text/html");
            figures.add(new Figure(page[0] + " p50", h.getValueAtPercentile(50) / 1000.0, "ms", "static file p50",
                    stat.getValueAtPercentile(50) / 1000.0, null, null,
                    new Figure.Latency(h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(95) / 1000.0,
                            h.getValueAtPercentile(99) / 1000.0),
                    String.format(Locale.ROOT, "p95 %.1f ms, %d requests one after another, logged in; the limit: %s, p95 %.1f ms",
                            h.getValueAtPercentile(95) / 1000.0, repeats, STATIC, stat.getValueAtPercentile(95) / 1000.0)));
        }
        return figures;
    }

    /** Opens a page, is sent to Keycloak's login form, fills it in and is sent back with a session. */
    private static void logIn(HttpClient browser, URI page, String username, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> form = browser.send(asBrowser(page).build(), HttpResponse.BodyHandlers.ofString());
        Matcher action = LOGIN_FORM.matcher(form.body());
        if (!action.find()) {
            throw new IllegalStateException("no Keycloak login form at " + form.uri() + " (" + form.statusCode() + ")");
        }
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> back = browser.send(asBrowser(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (back.statusCode() != 200 || !back.uri().getPath().equals(page.getPath())) {
            throw new IllegalStateException("logging in as " + username + " ended at " + back.uri() + " (" + back.statusCode() + ")");
        }
    }

    /**
     * A browser's cookies on loopback: Keycloak marks its session cookies {@code Secure}, which a browser sends to
     * {@code http://localhost} (a secure context) and Java's cookie manager only over https.
     */
    private static final class LoopbackCookies implements CookieStore {
        private final CookieStore cookies = new CookieManager().getCookieStore();

        @Override
        public void add(URI uri, HttpCookie cookie) {
            cookie.setSecure(false);
            cookies.add(uri, cookie);
        }

        @Override
        public List<HttpCookie> get(URI uri) {
            return cookies.get(uri);
        }

        @Override
        public List<HttpCookie> getCookies() {
            return cookies.getCookies();
        }

        @Override
        public List<URI> getURIs() {
            return cookies.getURIs();
        }

        @Override
        public boolean remove(URI uri, HttpCookie cookie) {
            return cookies.remove(uri, cookie);
        }

        @Override
        public boolean removeAll() {
            return cookies.removeAll();
        }
    }

    /**
     * A request as a browser makes it: one that does not accept HTML is an API client to the OIDC mechanism
     * ({@code autodetect-bearer-only}), which answers it 401 instead of sending it to the login form.
     */
    private static HttpRequest.Builder asBrowser(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Accept-Language", "zh-CN,zh;q=0.9");
    }

    private static Histogram time(HttpClient browser, URI uri, int repeats, String type) throws IOException, InterruptedException {
        for (int i = 0; i < 3; i++) {
            get(browser, uri, type);
        }
        Histogram latency = new Histogram(3);
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            get(browser, uri, type);
            latency.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
        }
        return latency;
    }

    private static void get(HttpClient browser, URI uri, String type) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = browser.send(asBrowser(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200 || !r.headers().firstValue("Content-Type").orElse("").startsWith(type)) {
            throw new IllegalStateException("GET " + uri + " answered " + r.statusCode() + " "
                    + r.headers().firstValue("Content-Type").orElse("") + " at " + r.uri());
        }
    }

    private static long checkWithAbout20Items(Connection db, String companyCode) throws SQLException {
        return single(db, """
                SELECT c.id FROM safety_check c JOIN company co ON co.id = c.company_id JOIN check_result r ON r.check_id = c.id
                 WHERE co.credit_code = ? GROUP BY c.id ORDER BY abs(count(*) - 20), c.id LIMIT 1""", companyCode);
    }

    private static long aHazard(Connection db, String companyCode) throws SQLException {
        return single(db, """
                SELECT h.id FROM hazard h JOIN company co ON co.id = h.company_id
                 WHERE co.credit_code = ? ORDER BY h.id LIMIT 1""", companyCode);
    }

    private static long items(Connection db, long check) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT count(*) FROM check_result WHERE check_id = ?")) {
            s.setLong(1, check);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long single(Connection db, String sql, String companyCode) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, companyCode);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("the company " + companyCode + " has none: " + sql);
                }
                return r.getLong(1);
            }
        }
    }
}
