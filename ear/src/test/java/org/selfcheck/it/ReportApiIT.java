package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.selfcheck.shared.Quarter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Quarterly reports signed by the principal (R4, section 十四) through REST, against the real server, database and Keycloak. */
@ExtendWith(ArquillianExtension.class)
class ReportApiIT {

    static String currentQuarter() {
        LocalDate today = LocalDate.now(Quarter.ZONE);
        return today.getYear() + "Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }

    /** A company with a completed check and a hazard, and its report prepared and submitted: answers the report id. */
    static long submitted(Checks.Setup s) {
        Checks.completedWithHazard(s, "抛光车间干式除尘器未设泄爆装置");
        Api manager = s.company().manager();
        Api.Answer prepared = manager.post("/api/reports", "{\"quarter\":\"%s\"}".formatted(currentQuarter()));
        assertThat(prepared.status()).as(prepared.body()).isEqualTo(201);
        long id = prepared.json().get("id").asLong();
        assertThat(manager.post("/api/reports/" + id + "/submit", "{}").json().get("status").asText()).isEqualTo("SUBMITTED");
        return id;
    }

    static String sign(Checks.Setup s) {
        return "{\"idToken\":\"%s\"}".formatted(Keycloak.idToken(s.principal()));
    }

    @Test
    void thePrincipalSignsWithAFreshLoginAndTheReportIsLockedAndCorrectedByANewVersion() {
        Checks.Setup s = Checks.setUp("季度报告机械有限公司");
        Api manager = s.company().manager();
        Api principal = Api.as(s.principal());
        long id = submitted(s);
        String path = "/api/reports/" + id;
        assertThat(manager.get(path).json().get("actions")).extracting(JsonNode::asText).as("the manager's part is done")
                .containsExactly("REFRESH");
        assertThat(principal.get(path).json().get("actions")).extracting(JsonNode::asText).containsExactly("SIGN");
        assertThat(Api.as(s.member()).get(path).json().get("actions")).as("a member reads it").isEmpty();

        assertThat(manager.post(path + "/sign", sign(s)).status()).isEqualTo(403);
        Api.Answer noProof = principal.post(path + "/sign", "{\"idToken\":\"\"}");
        assertThat(noProof.status()).isEqualTo(403);
        assertThat(noProof.json().get("code").asText()).isEqualTo("report.freshLogin");
        Api.Answer someoneElses = principal.post(path + "/sign", "{\"idToken\":\"%s\"}".formatted(Keycloak.idToken(s.member())));
        assertThat(someoneElses.status()).isEqualTo(403);

        Api.Answer signed = principal.post(path + "/sign", sign(s));
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().get("status").asText()).isEqualTo("SIGNED");
        assertThat(signed.json().get("digest").asText()).matches("[0-9a-f]{64}");
        assertThat(signed.json().get("signerName").asText()).isEqualTo("检查总经理");

        JsonNode document = manager.get(path).json();
        assertThat(document.get("actions")).as("a signed report takes no action").isEmpty();
        assertThat(principal.get(path).json().get("actions")).isEmpty();
        assertThat(document.get("report").get("company").get("name").asText()).isEqualTo("季度报告机械有限公司");
        assertThat(document.get("report").get("checks")).hasSize(1);
        assertThat(document.get("report").get("hazards").get(0).get("description").asText()).isEqualTo("抛光车间干式除尘器未设泄爆装置");
        assertThat(document.get("report").get("statistics").get("found").asInt()).isEqualTo(1);

        // locked: no re-preparing, no second signature; a correction is version 2, and both stay
        assertThat(manager.put(path, "{}").status()).isEqualTo(409);
        assertThat(principal.post(path + "/sign", sign(s)).status()).isEqualTo(409);
        Api.Answer noReason = manager.post("/api/reports", "{\"quarter\":\"%s\"}".formatted(currentQuarter()));
        assertThat(noReason.status()).isEqualTo(400);
        Api.Answer correction = manager.post("/api/reports", "{\"quarter\":\"%s\",\"correctionNote\":\"补充检查组成员\"}".formatted(currentQuarter()));
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        assertThat(correction.json().get("version").asInt()).isEqualTo(2);
        assertThat(correction.json().get("correctsId").asLong()).isEqualTo(id);
        assertThat(manager.get("/api/reports").json().findValuesAsText("status")).containsExactly("DRAFT", "SIGNED");
        assertThat(manager.get(path + "/verify").json().get("valid").asBoolean()).isTrue();
        // the key that verifies it is published, with the kid the JWS names
        JsonNode key = manager.get("/api/reports/keys").json().get("keys").get(0);
        String header = new String(java.util.Base64.getUrlDecoder().decode(document.get("jws").asText().split("\\.")[0]),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Http.read(header).get("kid").asText()).isEqualTo(key.get("kid").asText());
        assertThat(key.has("d")).isFalse();
    }

    /**
     * Sealed as at signing (R4): the principal confirms his attendance after the report was prepared; signing the content
     * he read stops with report.changed, the preview shows the change by section, and he signs the new content.
     */
    @Test
    void signingSealsTheReportAsCompiledAtSigningAndStopsWhenItChangedSinceThePrincipalReadIt() {
        Checks.Setup s = Checks.setUp("签署时点机械有限公司");
        Api manager = s.company().manager();
        Api principal = Api.as(s.principal());
        long id = submitted(s);
        String path = "/api/reports/" + id;
        JsonNode shown = principal.get(path).json();
        String shownDigest = shown.get("contentDigest").asText();
        assertThat(shownDigest).matches("[0-9a-f]{64}");
        assertThat(shown.get("report").get("attendance").get("state").asText()).isEqualTo("NOT_YET");
        long checkId = shown.get("report").get("checks").get(0).get("id").asLong();
        assertThat(principal.post("/api/checks/%d/attendance".formatted(checkId)).status()).isEqualTo(200);

        Api.Answer stale = principal.post(path + "/sign", "{\"idToken\":\"%s\",\"digest\":\"%s\"}"
                .formatted(Keycloak.idToken(s.principal()), shownDigest));
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.json().get("code").asText()).isEqualTo("report.changed");
        assertThat(principal.post(path + "/sign", sign(s)).status()).as("as prepared is what he read").isEqualTo(409);
        assertThat(manager.get(path).json().get("summary").get("status").asText()).isEqualTo("SUBMITTED");

        JsonNode preview = principal.get(path + "/preview").json();
        assertThat(preview.get("digest").asText()).isNotEqualTo(shownDigest);
        assertThat(preview.get("changes").findValuesAsText("section")).contains("checks", "attendance");
        assertThat(preview.get("content").get("attendance").get("state").asText()).isEqualTo("MET");
        Api.Answer signed = principal.post(path + "/sign", "{\"idToken\":\"%s\",\"digest\":\"%s\"}"
                .formatted(Keycloak.idToken(s.principal()), preview.get("digest").asText()));
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().get("digest").asText()).isEqualTo(preview.get("digest").asText());
        JsonNode sealed = manager.get(path).json();
        assertThat(sealed.get("report").get("attendance").get("state").asText()).isEqualTo("MET");
        assertThat(sealed.get("report").get("checks").get(0).get("principalAttended").asBoolean()).isTrue();
        assertThat(principal.get(path + "/verify").json().get("valid").asBoolean()).isTrue();

        // the printed QR code opens the public check: digest, signer and validity, without a login, nothing else
        String digest = signed.json().get("digest").asText();
        Api.Answer open = Api.anonymous().get("/public/verify.xhtml?digest=" + digest);
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.body()).contains("data-valid=\"true\"", digest, "检查总经理").doesNotContain("签署时点机械有限公司", "抛光车间");
        Api.Answer unknown = Api.anonymous().get("/public/verify.xhtml?digest=" + "0".repeat(64));
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.body()).contains("problem-text").doesNotContain("data-valid");
    }

    @Test
    void verificationFailsForAReportAlteredInTheDatabase() throws SQLException {
        Checks.Setup s = Checks.setUp("篡改报告机械有限公司");
        long id = submitted(s);
        Api principal = Api.as(s.principal());
        assertThat(principal.post("/api/reports/" + id + "/sign", sign(s)).status()).isEqualTo(200);
        JsonNode document = principal.get("/api/reports/" + id).json();
        ObjectNode upload = (ObjectNode) Http.read("{}");
        upload.put("content", document.get("content").asText());
        upload.put("jws", document.get("jws").asText());
        assertThat(principal.post("/api/reports/verify", upload.toString()).json().get("valid").asBoolean()).isTrue();
        upload.put("content", document.get("content").asText().replace("篡改报告", "另一家"));
        JsonNode altered = principal.post("/api/reports/verify", upload.toString()).json();
        assertThat(altered.get("valid").asBoolean()).isFalse();

        try (Connection db = Database.connect()) {
            assertThatThrownBy(() -> alter(db, id)).hasMessageContaining("cannot be changed");
            db.setAutoCommit(false);
            try (Statement st = db.createStatement()) {
                st.execute("ALTER TABLE quarterly_report DISABLE TRIGGER quarterly_report_signed_is_final");
                alter(db, id);
                st.execute("ALTER TABLE quarterly_report ENABLE TRIGGER quarterly_report_signed_is_final");
            }
            db.commit();
        }
        JsonNode verified = principal.get("/api/reports/" + id + "/verify").json();
        assertThat(verified.get("valid").asBoolean()).isFalse();
        assertThat(verified.get("problem").asText()).isEqualTo("report.seal.contentAltered");
        assertThat(verified.get("message").asText()).contains("签署后被改动");
    }

    @Test
    void theReportOnTheLastQuarterIsDueUntilThe15thThenOverdue() {
        Checks.Setup s = Checks.setUp("到期报告机械有限公司");
        JsonNode due = s.company().manager().get("/api/reports/due").json();
        LocalDate today = LocalDate.now(Quarter.ZONE);
        LocalDate firstOfQuarter = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        LocalDate dueDate = firstOfQuarter.withDayOfMonth(15);
        assertThat(due.get("dueDate").asText()).isEqualTo(dueDate.toString());
        assertThat(due.get("state").asText()).isEqualTo(today.isAfter(dueDate) ? "OVERDUE" : "DUE");
        assertThat(due.get("quarter").asText()).isNotEqualTo(currentQuarter());

        // signed today: on time up to the due day, late after it
        Api manager = s.company().manager();
        Api.Answer prepared = manager.post("/api/reports", "{\"quarter\":\"%s\"}".formatted(due.get("quarter").asText()));
        assertThat(prepared.status()).as(prepared.body()).isEqualTo(201);
        long id = prepared.json().get("id").asLong();
        assertThat(manager.post("/api/reports/" + id + "/submit").status()).isEqualTo(200);
        assertThat(Api.as(s.principal()).post("/api/reports/" + id + "/sign", sign(s)).status()).isEqualTo(200);
        JsonNode signed = manager.get("/api/reports/due").json();
        assertThat(signed.get("state").asText()).isEqualTo(today.isAfter(dueDate) ? "SIGNED_LATE" : "SIGNED_ON_TIME");
        assertThat(signed.get("reportId").asLong()).isEqualTo(id);
        assertThat(signed.get("signedAt").isNull()).isFalse();
    }

    @Test
    void anotherCompanyDoesNotSeeTheReport() {
        Checks.Setup s = Checks.setUp("报告隔离机械有限公司");
        long id = submitted(s);
        Api other = Organisations.registerMachinery("旁观报告机械有限公司").manager();
        assertThat(other.get("/api/reports/" + id).status()).isEqualTo(404);
        assertThat(other.post("/api/reports/" + id + "/submit", "{}").status()).isEqualTo(404);
        assertThat(other.get("/api/reports?company=" + s.company().code()).status()).isEqualTo(403);
        Api.Answer officers = Api.as(Keycloak.newBureauOfficer("3301")).get("/api/reports/" + id);
        assertThat(officers.status()).isEqualTo(200);
        assertThat(officers.json().get("actions")).as("the bureau reads, the company acts").isEmpty();
    }

    private static void alter(Connection db, long id) throws SQLException {
        try (PreparedStatement u = db.prepareStatement("UPDATE quarterly_report SET content = replace(content, '篡改报告', '另一家') WHERE id = ?")) {
            u.setLong(1, id);
            u.executeUpdate();
        }
    }
}
