package org.selfcheck.bench.data;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import org.selfcheck.shared.JsonP;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The users a benchmark creates in Keycloak for the generated data: a sample of companies spread over the counties
 * (taken in turn from each county, so that every county with companies has some, 330106 first), each with the logins
 * its persons carry (principal, safety manager, group member: {@code bm-<credit code>-<role>}), and the bureau
 * officers of the province, of Hangzhou and of 西湖区 ({@code bm-officer-<region>}; the county officers' logins are
 * the reviewers of the intake's filings). No passwords: the benchmark sets its own.
 */
final class BenchUsers {

    /** The officers' jurisdictions: province, city, county. */
    static final List<String> OFFICERS = List.of(Province.CODE, "3301", "330106");

    private BenchUsers() {
    }

    /** A sampled company: its code, name, site region and the logins of its people. */
    record SampledCompany(String creditCode, String name, String regionCode) {
    }

    /** Up to {@code count} companies, taken in turn from each county in the order of the county list (330106 first). */
    static List<SampledCompany> sample(ProvinceData data, int count) {
        int perCounty = count / Province.COUNTY_LIST.size() + 2;
        Map<String, List<SampledCompany>> byCounty = new LinkedHashMap<>();
        byCounty.put("330106", new ArrayList<>());
        Province.COUNTY_LIST.forEach(c -> byCounty.putIfAbsent(c.code(), new ArrayList<>()));
        data.each(c -> {
            List<SampledCompany> list = byCounty.get(c.regionCode());
            if (list.size() < perCounty) {
                list.add(new SampledCompany(c.creditCode(), c.name(), c.regionCode()));
            }
        });
        List<SampledCompany> sample = new ArrayList<>();
        for (int round = 0; sample.size() < count && round < perCounty; round++) {
            for (List<SampledCompany> list : byCounty.values()) {
                if (round < list.size() && sample.size() < count) {
                    sample.add(list.get(round));
                }
            }
        }
        return sample;
    }

    static JsonObject json(ProvinceData data, int count) {
        JsonArrayBuilder companies = JsonP.PROVIDER.createArrayBuilder();
        for (SampledCompany c : sample(data, count)) {
            JsonArrayBuilder users = JsonP.PROVIDER.createArrayBuilder();
            for (String[] role : new String[][] {{"principal", "principal"}, {"manager", "safety-manager"},
                    {"member", "group-member"}}) {
                users.add(JsonP.PROVIDER.createObjectBuilder().add("username", CompanyGenerator.login(c.creditCode(), role[0]))
                        .add("role", role[1]));
            }
            companies.add(JsonP.PROVIDER.createObjectBuilder().add("companyCode", c.creditCode()).add("name", c.name())
                    .add("regionCode", c.regionCode()).add("users", users));
        }
        JsonArrayBuilder officers = JsonP.PROVIDER.createArrayBuilder();
        for (String region : OFFICERS) {
            officers.add(JsonP.PROVIDER.createObjectBuilder().add("username", "bm-officer-" + region).add("role", "bureau-officer")
                    .add("regionCode", region).add("bureau", Province.bureauName(region)));
        }
        return JsonP.PROVIDER.createObjectBuilder().add("seed", data.seed()).add("companies", data.companies())
                .add("asOf", data.asOf().toString()).add("companyUsers", companies).add("officers", officers).build();
    }

    static void write(JsonObject json, Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonGenerator g = JsonP.PROVIDER.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createGenerator(w)) {
            g.write(json);
        }
    }
}
