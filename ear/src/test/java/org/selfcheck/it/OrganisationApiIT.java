package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfcheck.it.Organisations.addMember;
import static org.selfcheck.it.Organisations.addPerson;
import static org.selfcheck.it.Organisations.appoint;
import static org.selfcheck.it.Organisations.coverage;
import static org.selfcheck.it.Organisations.today;

/** The organisation API (R1, R2) against the real server, database and identity provider. */
@ExtendWith(ArquillianExtension.class)
class OrganisationApiIT {

    @Test
    void thePrincipalDesignatesTheLeaderAndTheManagerCannot() {
        Organisations.TestCompany company = Organisations.register("指定测试化工有限公司");
        Keycloak.User principalUser = Keycloak.newCompanyUser("principal", company.code());
        Api principal = Api.as(principalUser);
        LocalDate start = today().minusDays(30);
        long chief = addPerson(company.manager(), "王总", "总经理", principalUser.username());
        long deputy = addPerson(company.manager(), "李副总", "分管安全副总经理", null);
        long other = addPerson(company.manager(), "赵副总", "副总经理", null);
        appoint(company.manager(), "principal", chief, start);
        appoint(company.manager(), "leadership", deputy, start);
        appoint(company.manager(), "leadership", other, start);

        Api.Answer byManager = company.manager().post("/api/organisation/leader",
                "{\"personId\":%d,\"start\":\"%s\"}".formatted(deputy, today()));
        assertThat(byManager.status()).isEqualTo(403);

        Api.Answer principalItself = principal.post("/api/organisation/leader",
                "{\"personId\":%d,\"start\":\"%s\"}".formatted(chief, today()));
        assertThat(principalItself.status()).isEqualTo(400);
        assertThat(principalItself.json().get("fields").get(0).get("code").asText()).isEqualTo("leader.notLeadership");

        LocalDate first = today().minusDays(10);
        appoint(principal, "leader", deputy, first);
        assertThat(principal.get("/api/organisation").json().get("leader").get("person").get("id").asLong()).isEqualTo(deputy);

        // a new designation makes the day before its first the previous leader's last day: one leader on every day
        appoint(principal, "leader", other, today());
        JsonNode now = principal.get("/api/organisation").json();
        assertThat(now.get("leader").get("person").get("id").asLong()).isEqualTo(other);
        JsonNode yesterday = principal.get("/api/organisation?date=" + today().minusDays(1)).json();
        assertThat(yesterday.get("leader").get("person").get("id").asLong()).isEqualTo(deputy);
        assertThat(principal.get("/api/organisation?date=" + first.minusDays(1)).json().get("leader").isNull()).isTrue();

        List<String> leaderTerms = new ArrayList<>();
        for (JsonNode t : principal.get("/api/organisation/history").json().get("terms")) {
            if (t.get("role").asText().equals("DESIGNATED_LEADER")) {
                leaderTerms.add(t.get("person").get("name").asText() + " " + t.get("start").asText() + ".." + t.get("end").asText());
            }
        }
        assertThat(leaderTerms).containsExactlyInAnyOrder("李副总 " + first + ".." + today().minusDays(1), "赵副总 " + today() + "..null");
    }

    @Test
    void aPrincipalAccountThatIsNotTheRecordedPrincipalCannotDesignate() {
        Organisations.TestCompany company = Organisations.register("前任测试化工有限公司");
        Keycloak.User current = Keycloak.newCompanyUser("principal", company.code());
        Api predecessor = Api.as(Keycloak.newCompanyUser("principal", company.code()));
        long chief = addPerson(company.manager(), "现任总经理", "总经理", current.username());
        long deputy = addPerson(company.manager(), "分管副总", "副总经理", null);
        appoint(company.manager(), "principal", chief, today().minusDays(5));
        appoint(company.manager(), "leadership", deputy, today().minusDays(5));

        Api.Answer answer = predecessor.post("/api/organisation/leader", "{\"personId\":%d,\"start\":\"%s\"}".formatted(deputy, today()));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("code").asText()).isEqualTo("access.notPrincipal");
    }

    @Test
    void noPrincipalAccountDesignatesWhileTheRecordedPrincipalHasNoLogin() {
        Organisations.TestCompany company = Organisations.register("无账号负责人测试化工有限公司");
        Api principalAccount = Api.as(Keycloak.newCompanyUser("principal", company.code()));
        long chief = addPerson(company.manager(), "未登记账号的总经理", "总经理", null);
        long deputy = addPerson(company.manager(), "分管副总", "副总经理", null);
        appoint(company.manager(), "principal", chief, today().minusDays(5));
        appoint(company.manager(), "leadership", deputy, today().minusDays(5));

        Api.Answer answer = principalAccount.post("/api/organisation/leader", "{\"personId\":%d,\"start\":\"%s\"}".formatted(deputy, today()));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("code").asText()).isEqualTo("leader.principalWithoutLogin");
        assertThat(answer.json().get("message").asText()).contains("登记其账号");
        assertThat(principalAccount.get("/api/organisation").json().get("leader").isNull()).as("nothing designated").isTrue();
    }

    @Test
    void anotherCompanysManagerCannotReadOrChangeItsPeopleById() {
        Organisations.TestCompany one = Organisations.register("一号测试化工有限公司");
        Organisations.TestCompany two = Organisations.register("二号测试化工有限公司");
        long person = addPerson(one.manager(), "张安全", "安全科科长", null);
        String path = "/api/organisation/people/" + person;

        assertThat(two.manager().get(path).status()).isEqualTo(404);
        Api.Answer change = two.manager().put(path, "{\"name\":\"篡改\",\"position\":\"x\",\"phone\":\"13900000000\"}");
        assertThat(change.status()).isEqualTo(404);
        Api.Answer join = two.manager().post("/api/organisation/group",
                "{\"personId\":%d,\"category\":\"SAFETY_OFFICE\",\"start\":\"%s\"}".formatted(person, today()));
        assertThat(join.status()).isEqualTo(404);
        assertThat(two.manager().get("/api/organisation?company=" + one.code()).status()).isEqualTo(403);
        assertThat(two.manager().get("/api/organisation/history?company=" + one.code()).status()).isEqualTo(403);

        JsonNode unchanged = one.manager().get(path).json();
        assertThat(unchanged.get("name").asText()).isEqualTo("张安全");
        assertThat(two.manager().get("/api/organisation").json().get("composition").findValues("members").stream()
                .allMatch(JsonNode::isEmpty)).isTrue();
    }

    @Test
    void bureauOfficersAndAdminsReadButDoNotChange() {
        Organisations.TestCompany company = Organisations.register("只读测试化工有限公司");
        long person = addPerson(company.manager(), "钱安全", "安全员", null);
        Api bureau = Api.as(Keycloak.newBureauOfficer("3301"));
        Api otherBureau = Api.as(Keycloak.newBureauOfficer("3302"));
        Api admin = Api.as(Keycloak.newUser("admin", java.util.Map.of()));

        assertThat(bureau.get("/api/organisation?company=" + company.code()).status()).isEqualTo(200);
        assertThat(bureau.get("/api/organisation/people/" + person).json().get("name").asText()).isEqualTo("钱安全");
        assertThat(otherBureau.get("/api/organisation?company=" + company.code()).status()).isEqualTo(403);
        assertThat(otherBureau.get("/api/organisation/people/" + person).status()).isEqualTo(404);
        assertThat(admin.get("/api/organisation/history?company=" + company.code()).status()).isEqualTo(200);
        assertThat(bureau.get("/api/organisation").status()).isEqualTo(400);

        String person2 = "{\"name\":\"外人\",\"position\":\"x\",\"phone\":\"13900000000\"}";
        assertThat(bureau.post("/api/organisation/people", person2).status()).isEqualTo(403);
        assertThat(admin.post("/api/organisation/people", person2).status()).isEqualTo(403);
        assertThat(admin.put("/api/organisation/people/" + person, person2).status()).isEqualTo(403);
    }

    @Test
    void aGroupWithoutAUnionIsFlaggedUntilAReasonIsRecordedAndTheAsOfViewKeepsTheGap() {
        Organisations.TestCompany company = Organisations.register("构成测试化工有限公司");
        Api manager = company.manager();
        LocalDate start = today().minusDays(20);
        addMember(manager, addPerson(manager, "孙科长", "安全管理科科长", null), "SAFETY_OFFICE", null, start);
        addMember(manager, addPerson(manager, "周师傅", "一线班组长", null), "WORKER_REP", null, start);
        long engineer = Organisations.addExternalPerson(manager, "吴工", "浙江安评技术服务有限公司");
        Api.Answer noCertificate = manager.post("/api/organisation/group",
                "{\"personId\":%d,\"category\":\"REGISTERED_SAFETY_ENGINEER\",\"start\":\"%s\"}".formatted(engineer, start));
        assertThat(noCertificate.status()).isEqualTo(400);
        assertThat(noCertificate.json().get("fields").get(0).get("field").asText()).isEqualTo("certificateNo");
        addMember(manager, engineer, "REGISTERED_SAFETY_ENGINEER", "ZJ20230123", start);

        JsonNode before = manager.get("/api/organisation").json();
        assertThat(coverage(before, "UNION")).isEqualTo("MISSING");
        assertThat(coverage(before, "REGISTERED_SAFETY_ENGINEER")).isEqualTo("COVERED");
        assertThat(before.get("compositionStatus").asText()).isEqualTo("INCOMPLETE");

        Api.Answer explained = manager.post("/api/organisation/explanations",
                "{\"category\":\"UNION\",\"reason\":\"企业职工人数少，尚未成立工会\",\"start\":\"%s\"}".formatted(today()));
        assertThat(explained.status()).as(explained.body()).isEqualTo(201);

        JsonNode after = manager.get("/api/organisation").json();
        assertThat(coverage(after, "UNION")).isEqualTo("EXPLAINED");
        assertThat(after.get("compositionStatus").asText()).isEqualTo("EXPLAINED");
        // yesterday the gap had no reason yet
        JsonNode yesterday = manager.get("/api/organisation?date=" + today().minusDays(1)).json();
        assertThat(coverage(yesterday, "UNION")).isEqualTo("MISSING");
        // a reason for a category the notice does not name is refused, in the caller's language
        Api.Answer other = manager.inEnglish().post("/api/organisation/explanations",
                "{\"category\":\"OTHER_EXPERT\",\"reason\":\"x\",\"start\":\"%s\"}".formatted(today()));
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.json().get("fields").get(0).get("message").asText()).contains("Reasons are recorded only");
    }

    @Test
    void anEndDateIsTheLastDayInOfficeAndTheSameRoleMayStartAgainTheDayAfter() {
        Organisations.TestCompany company = Organisations.register("任期末日测试化工有限公司");
        Api manager = company.manager();
        LocalDate lastDay = today().minusDays(5);
        long chair = addPerson(manager, "刘主席", "工会主席", null);
        long term = addMember(manager, chair, "UNION", null, today().minusDays(20)).get("termId").asLong();

        Api.Answer ended = manager.post("/api/organisation/terms/" + term + "/end", "{\"date\":\"%s\"}".formatted(lastDay));

        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.json().get("end").asText()).isEqualTo(lastDay.toString());
        // who held the role on the end day includes him; the day after nobody covers the union
        assertThat(coverage(manager.get("/api/organisation?date=" + lastDay).json(), "UNION")).isEqualTo("COVERED");
        assertThat(coverage(manager.get("/api/organisation?date=" + lastDay.plusDays(1)).json(), "UNION")).isEqualTo("MISSING");

        // the same membership again: starting on his last day overlaps, the day after is free
        Api.Answer onLastDay = manager.post("/api/organisation/group",
                "{\"personId\":%d,\"category\":\"UNION\",\"start\":\"%s\"}".formatted(chair, lastDay));
        assertThat(onLastDay.status()).as(onLastDay.body()).isEqualTo(400);
        assertThat(onLastDay.json().get("fields").get(0).get("code").asText()).isEqualTo("term.overlap");
        addMember(manager, chair, "UNION", null, lastDay.plusDays(1));
        assertThat(coverage(manager.get("/api/organisation?date=" + lastDay.plusDays(1)).json(), "UNION")).isEqualTo("COVERED");

        // a membership of one day ends on its start; an end before the start is refused
        long worker = addPerson(manager, "陈师傅", "班组长", null);
        Api.Answer endsBefore = manager.post("/api/organisation/group",
                "{\"personId\":%d,\"category\":\"WORKER_REP\",\"start\":\"%s\",\"end\":\"%s\"}".formatted(worker, lastDay, lastDay.minusDays(1)));
        assertThat(endsBefore.status()).as(endsBefore.body()).isEqualTo(400);
        assertThat(endsBefore.json().get("fields").get(0).get("field").asText()).isEqualTo("end");
        assertThat(endsBefore.json().get("fields").get(0).get("code").asText()).isEqualTo("date.endBeforeStart");
        Api.Answer oneDay = manager.post("/api/organisation/group",
                "{\"personId\":%d,\"category\":\"WORKER_REP\",\"start\":\"%s\",\"end\":\"%s\"}".formatted(worker, lastDay, lastDay));
        assertThat(oneDay.status()).as(oneDay.body()).isEqualTo(201);
        assertThat(coverage(manager.get("/api/organisation?date=" + lastDay).json(), "WORKER_REP")).isEqualTo("COVERED");
        assertThat(coverage(manager.get("/api/organisation?date=" + lastDay.plusDays(1)).json(), "WORKER_REP")).isEqualTo("MISSING");
    }

    @Test
    void malformedInputIsRefusedFieldByFieldAndNothingIsStored() {
        Organisations.TestCompany company = Organisations.register("输入测试化工有限公司");
        Api.Answer person = company.manager().post("/api/organisation/people",
                "{\"name\":\" \",\"position\":\"安全员\",\"phone\":\"12345\",\"external\":true}");
        assertThat(person.status()).isEqualTo(400);
        assertThat(person.json().get("fields").findValuesAsText("field")).containsExactlyInAnyOrder("name", "phone", "employer");

        Api.Answer badDate = company.manager().post("/api/organisation/leadership", "{\"personId\":1,\"start\":\"2026-13-40\"}");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("fields").get(0).get("code").asText()).isEqualTo("date.format");
        assertThat(company.manager().post("/api/organisation/people", "{\"name\":").status()).isEqualTo(400);

        assertThat(company.manager().get("/api/organisation/history").json().get("people")).isEmpty();
    }
}
