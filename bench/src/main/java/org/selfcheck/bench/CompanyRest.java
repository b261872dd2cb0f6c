package org.selfcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Figure 3: what a company's users call most (the company, the compliance calendar, the hazard ledger, a hazard), with
 * real tokens of many companies' safety managers, at the same concurrency as the limit: the server's readiness
 * endpoint, which does no authentication and no database work.
 */
final class CompanyRest {

    /** One user's calls, ready to send. */
    private record Caller(String token, List<String> paths) {
    }

    private CompanyRest() {
    }

    static List<Figure> measure(Portal portal, Portal management, Keycloak keycloak, List<String> managers,
                                BenchMain.Scale scale) throws Exception {
        List<Caller> callers = new ArrayList<>();
        for (String manager : managers) {
            String token = keycloak.accessToken(manager);
            JsonNode ledger = portal.get("/api/hazards", token);
            List<String> paths = new ArrayList<>(List.of("/api/companies/mine", "/api/checks/calendar", "/api/hazards"));
            if (!ledger.isEmpty()) {
                paths.add("/api/hazards/" + ledger.get(0).path("hazard").path("id").asLong());
            }
            callers.add(new Caller(token, paths));
        }
        Load.Result rest = Load.run(scale.clients(), scale.warmUp(), scale.measured(), (worker, n) -> {
            Caller c = callers.get((int) ((worker * 7919L + n) % callers.size()));
            return portal.status(c.paths().get((int) (n % c.paths().size())), c.token()) == 200;
        });
        Load.Result health = Load.run(scale.clients(), scale.warmUp(), scale.measured(),
                (worker, n) -> management.status("/health/ready", null) == 200);
        String clients = scale.clients() + " clients, " + managers.size() + " companies";
        return List.of(
                new Figure("Company REST GETs", rest.perSecond(), "req/s", "/health/ready req/s", health.perSecond(),
                        "≥ 0.5×", rest.perSecond() >= 0.5 * health.perSecond(), Figure.Latency.of(rest),
                        clients + "; errors " + rest.errors()),
                new Figure("Company REST p95", rest.millis(95), "ms", "/health/ready p95", health.millis(95), null, null,
                        null, "p50 " + String.format(java.util.Locale.ROOT, "%.1f", rest.millis(50)) + " ms"),
                new Figure("/health/ready", health.perSecond(), "req/s", null, null, null, null, Figure.Latency.of(health),
                        "the limit of the company REST figure"));
    }
}
