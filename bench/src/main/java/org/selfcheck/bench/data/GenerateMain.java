package org.selfcheck.bench.data;

import jakarta.json.JsonObjectBuilder;
import org.selfcheck.shared.JsonP;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Generates a province and loads it (issue 16's data generator):
 *
 * <pre>
 * java -Xmx512m -cp bench/target/classes:$(cat bench/target/bench.classpath) org.selfcheck.bench.data.GenerateMain \
 *     --url jdbc:postgresql://127.0.0.1:5432/selfcheck --user selfcheck --password … \
 *     [--companies 100000] [--seed 2026] [--as-of 2026-12-01] [--intake-url http://localhost:8080/api/intake/filings]
 *     [--milestones] [--users-out users.json] [--users 200] [--summary-out load.json]
 * </pre>
 *
 * Prints the rows of each table and the load's time, in total and per phase, and writes the same as JSON to
 * {@code --summary-out}; {@code --users-out} lists the logins a benchmark creates in Keycloak. {@code --milestones}:
 * the bureaus the load adds to the directory want hazard milestones filed too (plan complete, extension approved,
 * closed), not only reports and recorded hazards. Exit status 2 for wrong options or a database that holds companies.
 */
public final class GenerateMain {

    private static final List<String> FLAGS = List.of("--milestones");
    private static final List<String> OPTIONS = List.of("--url", "--user", "--password", "--companies", "--seed", "--as-of",
            "--intake-url", "--users-out", "--users", "--summary-out");

    private GenerateMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o;
        try {
            o = options(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: GenerateMain --url JDBC_URL --user USER --password PASSWORD [--companies N] [--seed S] "
                    + "[--as-of YYYY-MM-DD] [--intake-url URL] [--milestones] [--users-out FILE] [--users N] [--summary-out FILE]");
            System.exit(2);
            return;
        }
        int companies = Integer.parseInt(o.getOrDefault("--companies", String.valueOf(ProvinceData.DEFAULT_COMPANIES)));
        long seed = Long.parseLong(o.getOrDefault("--seed", String.valueOf(ProvinceData.DEFAULT_SEED)));
        LocalDate asOf = LocalDate.parse(o.getOrDefault("--as-of", ProvinceData.DEFAULT_AS_OF.toString()));
        ProvinceLoader.Result result;
        try {
            result = new ProvinceLoader(o.get("--url"), o.get("--user"), o.getOrDefault("--password", ""))
                    .load(seed, companies, asOf, o.getOrDefault("--intake-url", ProvinceLoader.DEFAULT_INTAKE),
                            o.containsKey("--milestones"));
        } catch (ProvinceLoader.NotEmpty e) {
            System.err.println("refused: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.out.printf("province 33, %d companies, seed %d, as of %s%n", companies, seed, asOf);
        System.out.println("rows:");
        result.rows().forEach((table, rows) -> System.out.printf("  %-26s %,14d%n", table, rows));
        System.out.println("time (s):");
        result.seconds().forEach((p, s) -> System.out.printf("  %-70s %8.2f%n", p, s));
        System.out.printf("  %-70s %8.2f%n", "total", result.totalSeconds());
        System.out.printf("heap: peak %d MB in use of %d MB%n", result.heapPeakBytes() >> 20, result.heapMaxBytes() >> 20);
        if (o.containsKey("--summary-out")) {
            BenchUsers.write(summary(result, seed, companies, asOf), Path.of(o.get("--summary-out")));
        }
        if (o.containsKey("--users-out")) {
            BenchUsers.write(BenchUsers.json(result.data(), Integer.parseInt(o.getOrDefault("--users", "200"))),
                    Path.of(o.get("--users-out")));
        }
    }

    private static jakarta.json.JsonObject summary(ProvinceLoader.Result r, long seed, int companies, LocalDate asOf) {
        JsonObjectBuilder rows = JsonP.PROVIDER.createObjectBuilder();
        r.rows().forEach(rows::add);
        JsonObjectBuilder phases = JsonP.PROVIDER.createObjectBuilder();
        r.seconds().forEach(phases::add);
        return JsonP.PROVIDER.createObjectBuilder().add("format", "selfcheck-bench-load/1").add("province", Province.CODE)
                .add("companies", companies).add("seed", seed).add("asOf", asOf.toString()).add("rows", rows)
                .add("seconds", JsonP.PROVIDER.createObjectBuilder().add("total", r.totalSeconds()).add("phases", phases))
                .add("heapPeakMb", r.heapPeakBytes() >> 20).add("heapMaxMb", r.heapMaxBytes() >> 20).build();
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (FLAGS.contains(args[i])) {
                o.put(args[i], "true");
            } else if (OPTIONS.contains(args[i]) && i + 1 < args.length) {
                o.put(args[i], args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option or missing value: " + args[i]);
            }
        }
        for (String required : List.of("--url", "--user")) {
            if (!o.containsKey(required)) {
                throw new IllegalArgumentException("missing " + required);
            }
        }
        return o;
    }
}
