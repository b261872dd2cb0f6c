package org.selfcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark run against a portal that the bench command started on generated data: each figure beside its limit,
 * measured in the same run, then the report (see {@link Report}). Options come from the command (see
 * wildfly-config/bin/bench); nothing is asserted: a missed target is reported, not failed.
 */
public final class BenchMain {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How many companies' safety managers call the company REST figure: the last ones, which file nothing. */
    private static final int REST_COMPANIES = 50;

    private final Map<String, String> options;
    private final Scale scale;
    private final HttpClient http = Portal.client();
    private final Portal portal;
    private final Portal management;
    private final Keycloak keycloak;
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();

    /** How long and how wide each load runs at a scale. */
    record Scale(String name, Duration warmUp, Duration measured, int clients, int overviewRepeats, int burst) {
        static Scale of(String name) {
            return switch (name) {
                case "small" -> new Scale(name, Duration.ofSeconds(20), Duration.ofSeconds(10), 8, 10, 1_000);
                case "province" -> new Scale(name, Duration.ofSeconds(60), Duration.ofSeconds(30), 8, 40, 10_000);
                default -> throw new IllegalArgumentException("scale must be small or province, not " + name);
            };
        }
    }

    private BenchMain(Map<String, String> options) {
        this.options = options;
        this.scale = Scale.of(options.getOrDefault("scale", "small"));
        this.portal = new Portal(URI.create(options.getOrDefault("portal", "http://localhost:8080")), http);
        this.management = new Portal(URI.create(options.getOrDefault("management", "http://localhost:9990")), http);
        this.keycloak = new Keycloak(URI.create(options.getOrDefault("keycloak", "http://localhost:8180")),
                required("password"), http);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new BenchMain(options).run();
    }

    private void run() throws Exception {
        JsonNode users = JSON.readTree(Path.of(required("users")).toFile());
        JsonNode data = JSON.readTree(Path.of(required("summary")).toFile());
        List<Keycloak.User> accounts = new ArrayList<>();
        List<String> managers = new ArrayList<>();
        List<String> managerCompanies = new ArrayList<>();
        for (JsonNode c : users.path("companyUsers")) {
            for (JsonNode u : c.path("users")) {
                accounts.add(new Keycloak.User(u.path("username").asText(), u.path("role").asText(), "company_code",
                        c.path("companyCode").asText()));
                if (u.path("role").asText().equals("safety-manager")) {
                    managers.add(u.path("username").asText());
                    managerCompanies.add(c.path("companyCode").asText());
                }
            }
        }
        Map<String, String> officers = new LinkedHashMap<>();
        for (JsonNode o : users.path("officers")) {
            accounts.add(new Keycloak.User(o.path("username").asText(), "bureau-officer", "region_code", o.path("regionCode").asText()));
            officers.put(o.path("regionCode").asText(), o.path("username").asText());
        }
        long t = System.nanoTime();
        int added = keycloak.importUsers(accounts, required("kc-admin-user"), required("kc-admin-password"));
        System.out.printf(Locale.ROOT, "imported %d of %d users into Keycloak in %.1f s%n", added, accounts.size(), (System.nanoTime() - t) / 1e9);

        try (Connection db = DriverManager.getConnection(required("db-url"), required("db-user"), required("db-password"))) {
            step("overview", () -> figures.addAll(Overview.measure(portal, keycloak, db, officer(officers, 2),
                    officer(officers, 6), scale)));
            step("filing", () -> figures.addAll(Filing.measure(portal.base(), portal, keycloak, db,
                    () -> DriverManager.getConnection(required("db-url"), required("db-user"), required("db-password")),
                    managers.subList(0, Math.max(1, Math.min(200, managers.size() - REST_COMPANIES))),
                    URI.create(options.getOrDefault("keycloak", "http://localhost:8180") + "/realms/selfcheck/protocol/openid-connect/token"),
                    options.getOrDefault("filing-client", "selfcheck-filing"), required("filing-secret"), 50,
                    scale.measured(), scale.burst(), scale.clients(), Integer.parseInt(required("route-parallelism")))));
            // last, on a server that the filings and overviews have warmed up (its JIT compiles for minutes), and with
            // companies of their own: the filing figure adds hazards to the first companies' ledgers
            step("company REST", () -> figures.addAll(CompanyRest.measure(portal, management, keycloak,
                    managers.subList(Math.max(0, managers.size() - REST_COMPANIES), managers.size()), scale)));
            // the last company's safety manager, in a browser of his own
            step("pages", () -> figures.addAll(Pages.measure(portal.base(), db, managerCompanies.get(managers.size() - 1),
                    managers.get(managers.size() - 1), required("password"), scale)));
            Map<String, Long> pids = new LinkedHashMap<>();
            for (String name : List.of("WildFly", "Keycloak", "PostgreSQL")) {
                String pid = options.get("pid-" + name.toLowerCase(Locale.ROOT));
                if (pid != null && !pid.isBlank()) {
                    pids.put(name, Long.parseLong(pid));
                }
            }
            String warm = options.get("warm-start-seconds");
            step("memory", () -> figures.addAll(Memory.measure(warm == null ? null : Double.parseDouble(warm), pids)));
        }
        Map<String, Object> dataLine = new LinkedHashMap<>();
        dataLine.put("companies", data.path("companies").asLong());
        dataLine.put("hazards", data.path("rows").path("hazard").asLong());
        dataLine.put("checks", data.path("rows").path("safety_check").asLong());
        dataLine.put("reports", data.path("rows").path("quarterly_report").asLong());
        dataLine.put("filings", data.path("rows").path("filing").asLong());
        dataLine.put("load seconds", Math.round(data.path("seconds").path("total").asDouble()));
        dataLine.put("seed", data.path("seed").asLong());
        Path md = Report.write(Path.of(options.getOrDefault("out", ".")), new Report.Run(scale.name(), Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
                machine(), dataLine, figures));
        System.out.println("wrote " + md);
        if (!failed.isEmpty()) {
            // the report has every figure that could be measured; the command fails, so that CI sees a broken figure
            throw new IllegalStateException("measuring failed: " + String.join("; ", failed));
        }
    }

    /** A measurement; each prints how long it took, so that the command's output shows where the time goes. */
    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    /** Runs a measurement; one that fails is reported (and fails the command at the end), the others still run. */
    private void step(String name, Step step) {
        long t = System.nanoTime();
        try {
            step.run();
            System.out.printf(Locale.ROOT, "measured %s in %.0f s%n", name, (System.nanoTime() - t) / 1e9);
        } catch (Exception e) {
            System.out.printf(Locale.ROOT, "measuring %s failed after %.0f s: %s%n", name, (System.nanoTime() - t) / 1e9, e);
            e.printStackTrace(System.out);
            failed.add(name + ": " + e.getMessage());
            figures.add(new Figure(name, Double.NaN, "", null, null, null, false, null, "failed: " + e.getMessage()));
        }
    }

    /** The officer whose jurisdiction has a code of this length (2: the province, 6: a county). */
    private static String officer(Map<String, String> officers, int codeLength) {
        return officers.entrySet().stream().filter(e -> e.getKey().length() == codeLength).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new IllegalStateException("no officer for a " + codeLength + "-digit jurisdiction"));
    }

    private String required(String name) {
        String v = options.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }

    static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (java.io.IOException e) {
            // not Linux: the CPU stays unnamed
        }
        return String.format(Locale.ROOT, "%s, %d cores, %.0f GiB, Java %s", cpu, Runtime.getRuntime().availableProcessors(),
                memoryGiB(), System.getProperty("java.version"));
    }

    private static double memoryGiB() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0).orElse(0.0);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
