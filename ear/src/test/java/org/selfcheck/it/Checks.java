package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfcheck.it.Organisations.addMember;
import static org.selfcheck.it.Organisations.addPerson;
import static org.selfcheck.it.Organisations.appoint;
import static org.selfcheck.it.Organisations.today;

/** Checks made through the REST API, as the safety manager would. */
final class Checks {

    private Checks() {
    }

    /** A machinery company with a principal and one group member, both with their own logins. */
    record Setup(Organisations.TestCompany company, Keycloak.User principal, Keycloak.User member, long memberId) {
    }

    static Setup setUp(String name) {
        return setUp(name, Organisations.HANGZHOU_XIHU);
    }

    static Setup setUp(String name, String regionCode) {
        return setUp(name, regionCode, today().minusDays(3));
    }

    /** As {@link #setUp(String, String)}, the principal and the member in office since {@code since}. */
    static Setup setUp(String name, String regionCode, LocalDate since) {
        Organisations.TestCompany company = Organisations.registerMachinery(name, regionCode);
        Keycloak.User principal = Keycloak.newCompanyUser("principal", company.code());
        Keycloak.User member = Keycloak.newCompanyUser("group-member", company.code());
        long chief = addPerson(company.manager(), "检查总经理", "总经理", principal.username());
        long memberId = addPerson(company.manager(), "检查组员", "安全员", member.username());
        appoint(company.manager(), "principal", chief, since);
        addMember(company.manager(), memberId, "SAFETY_OFFICE", null, since);
        return new Setup(company, principal, member, memberId);
    }

    static JsonNode plan(Api manager) {
        Api.Answer planned = manager.post("/api/checks", "{\"date\":\"%s\",\"scope\":\"全厂\"}".formatted(today()));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        return manager.get("/api/checks/" + planned.json().get("id").asLong()).json();
    }

    static long resultId(JsonNode check, String article, String itemNo) {
        for (JsonNode i : check.get("items")) {
            if (i.get("item").get("article").asText().equals(article) && i.get("item").get("itemNo").asText().equals(itemNo)) {
                return i.get("resultId").asLong();
            }
        }
        throw new AssertionError("no item " + article + itemNo);
    }

    /** A completed check of today with one hazard (第十一条(三), with a photo): answers the hazard's id. */
    static long completedWithHazard(Setup s, String description) {
        Api manager = s.company().manager();
        JsonNode check = plan(manager);
        long id = check.get("summary").get("id").asLong();
        long dust = resultId(check, "第十一条", "(三)");
        assertThat(manager.put("/api/checks/%d/results/%d".formatted(id, dust),
                "{\"result\":\"HAZARD\",\"description\":\"%s\"}".formatted(description)).status()).isEqualTo(200);
        assertThat(manager.post("/api/checks/%d/results/%d/photos".formatted(id, dust), TestPhotos.jpeg(400, 300), "image/jpeg")
                .status()).isEqualTo(201);
        assertThat(manager.post("/api/checks/%d/results/remaining-compliant".formatted(id)).status()).isEqualTo(200);
        Api.Answer completed = manager.post("/api/checks/%d/complete".formatted(id));
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        return completed.json().get("hazards").get(0).get("id").asLong();
    }

    /**
     * A hazard of a completed check, described at {@code location} with a complete plan, and both its filings
     * (recorded, plan complete) delivered to the bureau: a self-report that qualifies (R6). Answers its id.
     */
    static long qualifiedSelfReport(Setup s, String description, String location) {
        Api manager = s.company().manager();
        long hazardId = completedWithHazard(s, description);
        long version = manager.get("/api/hazards/" + hazardId).json().get("hazard").get("version").asLong();
        Api.Answer described = manager.put("/api/hazards/" + hazardId, """
                {"location":"%s","presentState":"未设泄爆口","harm":"可能引发粉尘爆炸","responsiblePerson":"张伟",
                 "responsibleBody":"设备部","measures":"加装泄爆片","fundsAmount":50000,"fundsSource":"安全生产费用",
                 "deadline":"%s","contingency":"停用并警示","version":%d}"""
                .formatted(location, Organisations.today().plusDays(30), version));
        assertThat(described.status()).as(described.body()).isEqualTo(200);
        for (String event : new String[]{"HAZARD_RECORDED", "PLAN_COMPLETE"}) {
            Filings.await(manager, "?hazard=" + hazardId, f -> f.get("event").asText().equals(event)
                    && f.get("status").asText().equals("DELIVERED"), java.time.Duration.ofSeconds(60));
        }
        return hazardId;
    }
}
