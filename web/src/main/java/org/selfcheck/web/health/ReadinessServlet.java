package org.selfcheck.web.health;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.selfcheck.runtime.Readiness;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code GET /health/ready}: 200 when the database answers and the routes run, else 503; no login needed. */
@WebServlet("/health/ready")
public class ReadinessServlet extends HttpServlet {

    @EJB
    Readiness readiness;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Boolean> checks = readiness.check();
        boolean up = checks.values().stream().allMatch(Boolean::booleanValue);
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        String details = checks.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":\"" + (e.getValue() ? "UP" : "DOWN") + "\"")
                .collect(Collectors.joining(","));
        response.getWriter().write("{\"status\":\"" + (up ? "UP" : "DOWN") + "\",\"checks\":{" + details + "}}");
    }
}
