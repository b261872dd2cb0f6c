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
    private record Caller(FreshToken token, List<String> paths) {
    }

    private CompanyRest() {
    }

    static List<Figure> measure(Portal portal, Portal management, Keycloak keycloak, List<String> managers,
                                BenchMain.Scale scale) throws Exception {
        List<Caller> callers = new ArrayList<>();
        for (String manager : managers) {
            FreshToken token = new FreshToken(keycloak, manager);
            JsonNode ledger = portal.get("/api/hazards", token.get());
            List<String> paths = new ArrayList<>(List.of("/api/companies/mine", "/api/checks/calendar", "/api/hazards"));
            if (!ledger.isEmpty()) {
                paths.add("/api/hazards/" + ledger.get(0).path("hazard").path("id").asLong());
            }
            callers.add(new Caller(token, paths));
        }
        Load.Request mix = (worker, n) -> {
            Caller c = callers.get((int) ((worker * 7919L + n) % callers.size()));
            return portal.status(c.paths().get((int) (n % c.paths().size())), c.token().get()) == 200;
        };
        // the fixed cost of an authenticated call: the one GET that reads a single row
        Load.Request simplest = (worker, n) ->
                portal.status("/api/companies/mine", callers.get((int) ((worker * 7919L + n) % callers.size())).token().get()) == 200;
        Load.Request ready = (worker, n) -> management.status("/health/ready", null) == 200;
        List<Load.Result> r = Load.interleaved(scale.clients(), scale.warmUp(), scale.measured().multipliedBy(2), 3,
                List.of(mix, simplest, ready));
        Load.Result rest = r.get(0);
        Load.Result mine = r.get(1);
        Load.Result health = r.get(2);
        String clients = scale.clients() + " clients, " + callers.size() + " companies, 3 rounds in turn with the limit";
        return List.of(
                new Figure("Company REST GETs", rest.perSecond(), "req/s", "/health/ready req/s", health.perSecond(),
                        "≥ 0.5×", rest.perSecond() >= 0.5 * health.perSecond(), Figure.Latency.of(rest),
                        clients + "; the company, calendar, ledger and a hazard in turn; errors " + rest.errors()),
                new Figure("Company REST p95", rest.millis(95), "ms", "/health/ready p95", health.millis(95), null, null,
                        null, "p50 " + String.format(java.util.Locale.ROOT, "%.1f", rest.millis(50)) + " ms"),
                new Figure("Simplest authenticated GET", mine.perSecond(), "req/s", "/health/ready req/s", health.perSecond(),
                        "≥ 0.5×", mine.perSecond() >= 0.5 * health.perSecond(), Figure.Latency.of(mine),
                        "/api/companies/mine: the fixed cost of a call (token, JAX-RS, EJB, transaction, one row); errors "
                                + mine.errors()),
                new Figure("/health/ready", health.perSecond(), "req/s", null, null, null, null, Figure.Latency.of(health),
                        "the limit of the company REST figures"));
    }
}
