package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;

import org.selfcheck.shared.Quarter;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds a company with people through the REST API, as its safety manager would. */
final class Organisations {

    static final String HANGZHOU_XIHU = "330106";

    private Organisations() {
    }

    /** Today in China, the calendar of appointments. */
    static LocalDate today() {
        return LocalDate.now(Quarter.ZONE);
    }

    /** A freshly registered company with its safety manager. */
    record TestCompany(String code, Keycloak.User managerUser, Api manager) {
    }

    static TestCompany register(String name) {
        return register(name, TestCompanies.profileJson(TestCompanies.newCreditCode(HANGZHOU_XIHU), name, HANGZHOU_XIHU, null));
    }

    /** A machinery company (机械, C3311) with dust explosion hazards and confined spaces: GM10 第三、七、十一、十三条 apply. */
    static TestCompany registerMachinery(String name) {
        return registerMachinery(name, HANGZHOU_XIHU);
    }

    /** As {@link #registerMachinery(String)}, with its production site in another region. */
    static TestCompany registerMachinery(String name, String regionCode) {
        String code = TestCompanies.newCreditCode(regionCode);
        return register(name, TestCompanies.profileJson(code, name, regionCode, "C3311", "金属结构制造",
                "\"DUST_EXPLOSION\",\"CONFINED_SPACE\"", null));
    }

    private static TestCompany register(String name, String profile) {
        String code = Http.read(profile).get("creditCode").asText();
        Keycloak.User user = Keycloak.newCompanyUser("safety-manager", code);
        Api manager = Api.as(user);
        assertThat(manager.put("/api/companies/mine", profile).status()).isEqualTo(201);
        return new TestCompany(code, user, manager);
    }

    /** Adds a person of the company and answers his id. */
    static long addPerson(Api manager, String name, String position, String username) {
        Api.Answer added = manager.post("/api/organisation/people", """
                {"name":"%s","position":"%s","phone":"13800000000"%s}"""
                .formatted(name, position, username == null ? "" : ",\"username\":\"" + username + "\""));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    static long addExternalPerson(Api manager, String name, String employer) {
        Api.Answer added = manager.post("/api/organisation/people", """
                {"name":"%s","position":"注册安全工程师","phone":"0571-87654321","external":true,"employer":"%s"}"""
                .formatted(name, employer));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    static JsonNode appoint(Api caller, String what, long personId, LocalDate start) {
        Api.Answer answer = caller.post("/api/organisation/" + what, """
                {"personId":%d,"start":"%s"}""".formatted(personId, start));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    static JsonNode addMember(Api caller, long personId, String category, String certificateNo, LocalDate start) {
        Api.Answer answer = caller.post("/api/organisation/group", """
                {"personId":%d,"category":"%s","certificateNo":%s,"start":"%s"}"""
                .formatted(personId, category, certificateNo == null ? "null" : "\"" + certificateNo + "\"", start));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    /** The coverage of one category in a snapshot (COVERED, EXPLAINED, MISSING, OPTIONAL). */
    static String coverage(JsonNode snapshot, String category) {
        for (JsonNode c : snapshot.get("composition")) {
            if (c.get("category").asText().equals(category)) {
                return c.get("coverage").asText();
            }
        }
        throw new AssertionError("no category " + category + " in " + snapshot);
    }
}
