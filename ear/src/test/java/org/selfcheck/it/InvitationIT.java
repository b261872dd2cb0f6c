package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invitations against the real server, Keycloak and mail catcher: the safety manager invites a person of the
 * organisation, whose account's roles then follow the recorded terms the day they change; an account left without a
 * role is disabled.
 */
@ExtendWith(ArquillianExtension.class)
class InvitationIT {

    static String email() {
        return "invite-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    static JsonNode roles(String email) {
        return Keycloak.account(email).get("realmRoles");
    }

    @Test
    void anInvitedMembersRolesFollowHisTermsAndWithoutOneHeCannotLogIn() {
        Organisations.TestCompany company = Organisations.register("邀请测试化工有限公司");
        Api manager = company.manager();
        LocalDate today = Organisations.today();
        long member = Organisations.addPerson(manager, "孙成员", "安全员", null);
        long termId = Organisations.addMember(manager, member, "SAFETY_OFFICE", null, today.minusDays(10)).get("termId").asLong();
        String email = email();

        Api.Answer invited = manager.post("/api/organisation/people/" + member + "/invite", """
                {"email":"%s","mobile":"13612345678"}""".formatted(email.toUpperCase()));
        assertThat(invited.status()).as(invited.body()).isEqualTo(200);
        assertThat(invited.json().get("roles").toString()).contains("group-member").doesNotContain("principal");
        assertThat(invited.json().get("person").get("username").asText()).isEqualTo(email);
        JsonNode account = Keycloak.account(email);
        assertThat(account.get("attributes").get("company_code").get(0).asText()).isEqualTo(company.code());
        assertThat(account.get("enabled").asBoolean()).isTrue();
        assertThat(roles(email).findValuesAsText("name")).contains("group-member").doesNotContain("principal", "safety-manager");
        assertThat(MailCatcher.awaitText(email, "login-actions/action-token")).isNotNull();
        assertThat(MailCatcher.await(email, "受邀登录").text()).contains("孙成员", email);
        assertThat(manager.post("/api/organisation/people/" + member + "/invite", """
                {"email":"%s"}""".formatted(email())).status()).as("one login per person").isEqualTo(409);

        // appointed principal: the role follows at once
        Organisations.appoint(manager, "principal", member, today);
        assertThat(roles(email).findValuesAsText("name")).contains("principal", "group-member");

        // his membership ended yesterday: group-member goes that day
        Api.Answer ended = manager.post("/api/organisation/terms/" + termId + "/end", """
                {"date":"%s"}""".formatted(today.minusDays(1)));
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(roles(email).findValuesAsText("name")).contains("principal").doesNotContain("group-member");

        // a successor as principal leaves him with no term: his account is disabled
        long successor = Organisations.addPerson(manager, "周继任", "总经理", null);
        Organisations.appoint(manager, "principal", successor, today);
        assertThat(Keycloak.account(email).get("enabled").asBoolean()).as("a person without a term cannot log in").isFalse();
        assertThat(roles(email).findValuesAsText("name")).doesNotContain("principal", "group-member");
        assertThat(manager.get("/api/audit?company=" + company.code() + "&entityType=account&entityId=" + member).json()
                .findValuesAsText("action")).contains("ROLES");
    }

    @Test
    void onlyTheCompanysSafetyManagerInvitesAndOnlyHisOwnPeopleWithAValidAddress() {
        Organisations.TestCompany company = Organisations.register("邀请校验化工有限公司");
        Organisations.TestCompany other = Organisations.register("邀请旁观化工有限公司");
        long person = Organisations.addPerson(company.manager(), "吴员工", "操作工", null);
        Api.Answer bad = company.manager().post("/api/organisation/people/" + person + "/invite", """
                {"email":"not-an-address","mobile":"123"}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("fields").findValuesAsText("field")).containsExactlyInAnyOrder("email", "mobile");
        assertThat(other.manager().post("/api/organisation/people/" + person + "/invite", """
                {"email":"%s"}""".formatted(email())).status()).as("another company's person").isEqualTo(404);
        Api member = Api.as(Keycloak.newCompanyUser("group-member", company.code()));
        assertThat(member.post("/api/organisation/people/" + person + "/invite", """
                {"email":"%s"}""".formatted(email())).status()).isEqualTo(403);
        // a person with no term is invited all the same, with the account disabled until a term starts
        String email = email();
        Api.Answer noTerm = company.manager().post("/api/organisation/people/" + person + "/invite", """
                {"email":"%s"}""".formatted(email));
        assertThat(noTerm.status()).as(noTerm.body()).isEqualTo(200);
        assertThat(noTerm.json().get("enabled").asBoolean()).isFalse();
        assertThat(Keycloak.account(email).get("enabled").asBoolean()).isFalse();
        Organisations.addMember(company.manager(), person, "WORKER_REP", null, Organisations.today());
        assertThat(Keycloak.account(email).get("enabled").asBoolean()).as("enabled the day his term starts").isTrue();
    }
}
