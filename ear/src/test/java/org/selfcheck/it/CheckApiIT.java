package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfcheck.it.Organisations.today;

/** Quarterly checks (R3, R5) through REST against the real server, database and identity provider. */
@ExtendWith(ArquillianExtension.class)
class CheckApiIT {

    @Test
    void aFullCheckWithResultsAPhotoAndThePrincipalsAttendance() {
        Checks.Setup s = Checks.setUp("全流程检查机械有限公司");
        Api manager = s.company().manager();
        List<String> fields = new ArrayList<>();
        manager.get("/api/companies/mine").json().get("specialFields").forEach(f -> fields.add(f.asText()));
        assertThat(fields).containsExactly("DUST_EXPLOSION", "CONFINED_SPACE");

        JsonNode check = Checks.plan(manager);
        long id = check.get("summary").get("id").asLong();
        // the machinery checklist: 第三条 3 + 第七条 7 + 第十一条 10 + 第十三条 2
        assertThat(check.get("items")).hasSize(22);
        assertThat(check.get("revisions").get(0).asText()).startsWith("GM10-2023 r");
        List<String> articles = new ArrayList<>();
        check.get("items").forEach(i -> articles.add(i.get("item").get("article").asText()));
        assertThat(articles).containsOnly("第三条", "第七条", "第十一条", "第十三条");

        assertThat(manager.put("/api/checks/%d/participants".formatted(id), "{\"personIds\":[%d]}".formatted(s.memberId())).status())
                .isEqualTo(200);
        long dust = Checks.resultId(check, "第十一条", "(三)");
        Api.Answer hazard = manager.put("/api/checks/%d/results/%d".formatted(id, dust),
                "{\"result\":\"HAZARD\",\"description\":\"抛光车间干式除尘器未设泄爆装置\"}");
        assertThat(hazard.status()).as(hazard.body()).isEqualTo(200);

        // not complete yet: other items open, the hazard without a photo
        Api.Answer early = manager.post("/api/checks/%d/complete".formatted(id));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().get("fields").findValuesAsText("code")).contains("check.unrecorded", "check.photo.required");

        byte[] photo = TestPhotos.jpeg(800, 600);
        Api.Answer uploaded = manager.post("/api/checks/%d/results/%d/photos".formatted(id, dust), photo, "image/jpeg");
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.json().get("sha256").asText()).isEqualTo(TestPhotos.sha256(photo));
        assertThat(uploaded.json().get("width").asInt()).isEqualTo(800);
        Api.Answer served = manager.get("/api/photos/" + uploaded.json().get("id").asLong());
        assertThat(served.status()).isEqualTo(200);

        assertThat(manager.post("/api/checks/%d/results/remaining-compliant".formatted(id)).status()).isEqualTo(200);
        Api.Answer completed = manager.post("/api/checks/%d/complete".formatted(id));
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.json().get("summary").get("status").asText()).isEqualTo("COMPLETED");
        assertThat(completed.json().get("hazards")).hasSize(1);
        assertThat(completed.json().get("hazards").get(0).get("state").asText()).isEqualTo("PENDING");

        JsonNode calendar = manager.get("/api/checks/calendar").json();
        int quarter = (today().getMonthValue() - 1) / 3;
        assertThat(calendar.get("quarters").get(quarter).get("state").asText()).isEqualTo("DONE");
        assertThat(calendar.get("attendance").asText()).isEqualTo("NOT_YET");

        // the principal confirms with his own login; the member likewise
        Api.Answer attended = Api.as(s.principal()).post("/api/checks/%d/attendance".formatted(id));
        assertThat(attended.status()).as(attended.body()).isEqualTo(200);
        assertThat(attended.json().get("summary").get("principalConfirmedBy").asText()).isEqualTo(s.principal().username());
        assertThat(Api.as(s.member()).post("/api/checks/%d/participation".formatted(id)).json()
                .get("participants").get(0).get("confirmedAt").isNull()).isFalse();
        assertThat(manager.get("/api/checks/calendar").json().get("attendance").asText()).isEqualTo("MET");
    }

    @Test
    void aCheckPlannedForALaterDayCannotBeCompletedNorItsPresenceConfirmedBeforeThatDay() {
        Checks.Setup s = Checks.setUp("未来检查机械有限公司");
        Api manager = s.company().manager();
        LocalDate later = today().plusDays(7);
        Api.Answer planned = manager.post("/api/checks", "{\"date\":\"%s\",\"scope\":\"全厂\"}".formatted(later));
        assertThat(planned.status()).as("planning ahead stays possible").isEqualTo(201);
        long id = planned.json().get("id").asLong();
        assertThat(manager.put("/api/checks/%d/participants".formatted(id), "{\"personIds\":[%d]}".formatted(s.memberId())).status())
                .isEqualTo(200);
        assertThat(manager.post("/api/checks/%d/results/remaining-compliant".formatted(id)).status()).isEqualTo(200);

        for (Api.Answer refused : List.of(manager.post("/api/checks/%d/complete".formatted(id)),
                Api.as(s.principal()).post("/api/checks/%d/attendance".formatted(id)),
                Api.as(s.member()).post("/api/checks/%d/participation".formatted(id)))) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("fields").get(0).get("code").asText()).isEqualTo("check.notYet");
        }
        JsonNode check = manager.get("/api/checks/" + id).json();
        assertThat(check.get("summary").get("status").asText()).isEqualTo("PLANNED");
        assertThat(check.get("summary").get("principalConfirmedAt").isNull()).isTrue();
        assertThat(check.get("participants").get(0).get("confirmedAt").isNull()).isTrue();
    }

    /** The county of the late-entry test (中卫市海原县): no other test registers a company there. */
    static final String LATE_ENTRY_COUNTY = "640521";

    /**
     * Ended periods are final (R3, R5): a check dated in the last quarter, which has always ended, planned and
     * completed today, is a late entry (逾期补录). The quarter stays OVERDUE on the calendar, its report says its check
     * was not completed in time, and the bureau's overview of the county does not count it as checked.
     */
    @Test
    void aCheckDatedInAnEndedQuarterAndCompletedNowIsALateEntryAndLeavesTheQuarterOverdue() {
        LocalDate today = today();
        LocalDate lastDay = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).minusDays(1);
        int lastQuarter = (lastDay.getMonthValue() - 1) / 3 + 1;
        String quarter = lastDay.getYear() + "Q" + lastQuarter;
        // confirmed today: within the check's year, unless that year has ended too (today in Q1)
        boolean sameYear = lastDay.getYear() == today.getYear();
        Checks.Setup s = Checks.setUp("逾期补录机械有限公司", LATE_ENTRY_COUNTY, lastDay.minusDays(30));
        Api manager = s.company().manager();

        Api.Answer planned = manager.post("/api/checks", "{\"date\":\"%s\",\"scope\":\"全厂\"}".formatted(lastDay));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        long id = planned.json().get("id").asLong();
        assertThat(manager.post("/api/checks/%d/results/remaining-compliant".formatted(id)).status()).isEqualTo(200);
        Api.Answer completed = manager.post("/api/checks/%d/complete".formatted(id));
        assertThat(completed.status()).as("recording it late stays possible: " + completed.body()).isEqualTo(200);
        assertThat(completed.json().get("summary").get("status").asText()).isEqualTo("COMPLETED");
        assertThat(completed.json().get("summary").get("lateEntry").asBoolean()).isTrue();
        Api.Answer attended = Api.as(s.principal()).post("/api/checks/%d/attendance".formatted(id));
        assertThat(attended.status()).as(attended.body()).isEqualTo(200);
        assertThat(attended.json().get("summary").get("lateConfirmation").asBoolean()).isEqualTo(!sameYear);

        JsonNode calendar = manager.get("/api/checks/calendar?year=" + lastDay.getYear()).json();
        JsonNode tile = calendar.get("quarters").get(lastQuarter - 1);
        assertThat(tile.get("state").asText()).as("a late entry repairs nothing").isEqualTo("OVERDUE");
        assertThat(tile.get("completedChecks").asInt()).isZero();
        assertThat(tile.get("lateChecks").asInt()).isEqualTo(1);
        assertThat(calendar.get("attendance").asText()).isEqualTo(sameYear ? "MET" : "MISSED");
        assertThat(calendar.get("lateAttendance").asBoolean()).isEqualTo(!sameYear);
        JsonNode listed = manager.get("/api/checks?year=" + lastDay.getYear()).json().get(0);
        assertThat(listed.get("id").asLong()).isEqualTo(id);
        assertThat(listed.get("lateEntry").asBoolean()).isTrue();
        assertThat(manager.get("/api/checks/" + id).json().get("summary").get("lateEntry").asBoolean()).isTrue();

        // the quarterly report lists it as a late entry and says the quarter's check was not completed in time
        Api.Answer prepared = manager.post("/api/reports", "{\"quarter\":\"%s\"}".formatted(quarter));
        assertThat(prepared.status()).as(prepared.body()).isEqualTo(201);
        JsonNode report = manager.get("/api/reports/" + prepared.json().get("id").asLong()).json().get("report");
        assertThat(report.get("quarterState").asText()).isEqualTo("OVERDUE");
        assertThat(report.get("quarterCheckLate").asBoolean()).isTrue();
        assertThat(report.get("checks")).hasSize(1);
        assertThat(report.get("checks").get(0).get("lateEntry").asBoolean()).isTrue();

        // the bureau's overview of the county: the quarter is not checked, and the late entry is shown
        Api county = Api.as(Keycloak.newBureauOfficer(LATE_ENTRY_COUNTY));
        JsonNode overview = county.get("/api/overview?quarter=%s&sort=name&max=500".formatted(quarter)).json();
        JsonNode row = null;
        for (JsonNode r : overview.get("companies")) {
            if (r.get("creditCode").asText().equals(s.company().code())) {
                row = r;
            }
        }
        assertThat(row).as("the company in its county's overview").isNotNull();
        assertThat(row.get("checkDone").asBoolean()).isFalse();
        assertThat(row.get("checkLate").asBoolean()).isTrue();
        assertThat(row.get("principalAttended").asBoolean()).isEqualTo(sameYear);
        assertThat(overview.get("counties").get(0).get("checked").asInt()).as("every company of this county checks late")
                .isZero();
    }

    /**
     * The SQL functions with which migration V13 rebuilt the overview's summaries decide as {@code InTime} does, on
     * the worked examples of {@code InTimeTest} (keep both lists alike), whatever the session's time zone.
     */
    @Test
    void theSqlOfTheOverviewSummariesDecidesAsInTimeOnTheSameWorkedExamples() throws SQLException {
        String[][] covers = {
                {"2026-09-20", "2026-09-30T23:59:59+08:00", "true"},
                {"2026-09-20", "2026-10-01T00:00:00+08:00", "false"},
                {"2026-09-20", "2026-09-30T16:00:00Z", "false"},
                {"2026-09-20", "2026-09-30T15:59:59Z", "true"},
                {"2026-09-30", "2026-09-30T23:59:59.999999+08:00", "true"},
                {"2026-07-01", "2026-07-01T00:00:00+08:00", "true"},
                {"2026-12-31", "2026-12-31T23:59:59+08:00", "true"},
                {"2026-12-31", "2027-01-01T00:00:00+08:00", "false"},
                {"2026-03-31", "2026-03-31T16:30:00Z", "false"},
                {"2026-02-10", "2026-05-15T10:00:00+08:00", "false"},
                {"2026-09-20", null, "false"}};
        String[][] attends = {
                {"2026-11-20", "2026-11-20T10:00:00+08:00", "2026-12-31T23:59:59+08:00", "true"},
                {"2026-11-20", "2026-11-20T10:00:00+08:00", "2027-01-01T00:00:00+08:00", "false"},
                {"2026-11-20", "2026-11-20T10:00:00+08:00", "2026-12-31T16:00:00Z", "false"},
                {"2026-11-20", "2026-11-20T10:00:00+08:00", "2026-12-31T15:59:59Z", "true"},
                {"2026-12-20", "2027-01-03T09:00:00+08:00", "2026-12-21T09:00:00+08:00", "false"},
                {"2026-12-20", "2026-12-28T09:00:00+08:00", "2026-12-21T09:00:00+08:00", "true"},
                {"2026-03-10", "2026-04-02T09:00:00+08:00", "2026-04-02T10:00:00+08:00", "true"},
                {"2026-11-20", null, "2026-11-20T10:00:00+08:00", "false"},
                {"2026-11-20", "2026-11-20T10:00:00+08:00", null, "false"}};
        try (Connection db = Database.connect()) {
            for (String zone : new String[] {"UTC", "Asia/Shanghai", "America/Los_Angeles"}) {
                try (Statement st = db.createStatement()) {
                    st.execute("SET TIME ZONE '" + zone + "'");
                }
                try (PreparedStatement q = db.prepareStatement(
                        "SELECT check_covers_quarter(CAST(? AS date), CAST(? AS timestamptz))")) {
                    for (String[] e : covers) {
                        q.setString(1, e[0]);
                        q.setString(2, e[1]);
                        assertThat(single(q)).as("%s completed %s, session in %s", e[0], e[1], zone)
                                .isEqualTo(Boolean.parseBoolean(e[2]));
                    }
                }
                try (PreparedStatement q = db.prepareStatement("SELECT principal_attendance_counts(CAST(? AS date), "
                        + "CAST(? AS timestamptz), CAST(? AS timestamptz))")) {
                    for (String[] e : attends) {
                        q.setString(1, e[0]);
                        q.setString(2, e[1]);
                        q.setString(3, e[2]);
                        assertThat(single(q)).as("%s completed %s confirmed %s, session in %s", e[0], e[1], e[2], zone)
                                .isEqualTo(Boolean.parseBoolean(e[3]));
                    }
                }
            }
        }
    }

    private static boolean single(PreparedStatement q) throws SQLException {
        try (ResultSet r = q.executeQuery()) {
            assertThat(r.next()).isTrue();
            return r.getBoolean(1);
        }
    }

    @Test
    void aCompletedCheckIsLockedAndCorrectedOnlyByAnAmendment() {
        Checks.Setup s = Checks.setUp("锁定检查机械有限公司");
        Api manager = s.company().manager();
        JsonNode check = Checks.plan(manager);
        long id = check.get("summary").get("id").asLong();
        assertThat(manager.post("/api/checks/%d/results/remaining-compliant".formatted(id)).status()).isEqualTo(200);
        assertThat(manager.post("/api/checks/%d/complete".formatted(id)).status()).isEqualTo(200);
        long item = Checks.resultId(check, "第三条", "(二)");

        Api.Answer edit = manager.put("/api/checks/%d/results/%d".formatted(id, item), "{\"result\":\"NOT_APPLICABLE\",\"reason\":\"x\"}");
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.json().get("code").asText()).isEqualTo("check.locked");
        assertThat(manager.post("/api/checks/%d/results/remaining-compliant".formatted(id)).status()).isEqualTo(409);

        Api.Answer noWhy = manager.post("/api/checks/%d/results/%d/amendments".formatted(id, item),
                "{\"result\":\"NOT_APPLICABLE\",\"reason\":\"本企业无特种作业\"}");
        assertThat(noWhy.status()).isEqualTo(400);
        Api.Answer amended = manager.post("/api/checks/%d/results/%d/amendments".formatted(id, item),
                "{\"result\":\"NOT_APPLICABLE\",\"reason\":\"本企业无特种作业\",\"why\":\"记录时误选\"}");
        assertThat(amended.status()).as(amended.body()).isEqualTo(201);
        JsonNode row = null;
        for (JsonNode i : amended.json().get("items")) {
            if (i.get("resultId").asLong() == item) {
                row = i;
            }
        }
        assertThat(row.get("recorded").get("outcome").asText()).isEqualTo("COMPLIANT");
        assertThat(row.get("effective").get("outcome").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(row.get("amendments").get(0).get("why").asText()).isEqualTo("记录时误选");
        JsonNode audit = manager.get("/api/audit?company=" + s.company().code() + "&entityType=check-result&entityId=" + item).json();
        assertThat(audit.findValuesAsText("action")).contains("RECORD", "AMEND");
    }

    @Test
    void onlyThePrincipalHimselfConfirmsHisAttendance() {
        Checks.Setup s = Checks.setUp("出席确认机械有限公司");
        Api manager = s.company().manager();
        long id = Checks.plan(manager).get("summary").get("id").asLong();

        assertThat(manager.post("/api/checks/%d/attendance".formatted(id)).status()).isEqualTo(403);
        assertThat(Api.as(s.member()).post("/api/checks/%d/attendance".formatted(id)).status()).isEqualTo(403);
        Api otherPrincipal = Api.as(Keycloak.newCompanyUser("principal", s.company().code()));
        String path = "/api/checks/" + id;
        assertThat(Api.as(s.principal()).get(path).json().get("actions")).extracting(JsonNode::asText)
                .as("the check's principal").containsExactly("CONFIRM_ATTENDANCE");
        assertThat(otherPrincipal.get(path).json().get("actions")).as("a login with the role who is not the check's principal")
                .isEmpty();
        assertThat(manager.get(path).json().get("actions")).extracting(JsonNode::asText).containsExactly("RECORD");
        Api.Answer other = otherPrincipal.post("/api/checks/%d/attendance".formatted(id));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json().get("code").asText()).isEqualTo("check.notThePrincipal");
        // nor can the principal record results: that is the group's work
        long item = Checks.resultId(manager.get("/api/checks/" + id).json(), "第三条", "(一)");
        assertThat(Api.as(s.principal()).put("/api/checks/%d/results/%d".formatted(id, item), "{\"result\":\"COMPLIANT\"}").status())
                .isEqualTo(403);

        assertThat(Api.as(s.principal()).post("/api/checks/%d/attendance".formatted(id)).status()).isEqualTo(200);
        assertThat(manager.get("/api/checks/" + id).json().get("summary").get("principalConfirmedAt").isNull()).isFalse();
        assertThat(Api.as(s.principal()).get(path).json().get("actions")).as("confirmed once").isEmpty();
    }

    @Test
    void anotherCompanyCannotSeeOrTouchTheCheckOrItsPhotos() {
        Checks.Setup s = Checks.setUp("隔离检查机械有限公司");
        Api manager = s.company().manager();
        JsonNode check = Checks.plan(manager);
        long id = check.get("summary").get("id").asLong();
        long item = Checks.resultId(check, "第七条", "(一)");
        long photo = manager.post("/api/checks/%d/results/%d/photos".formatted(id, item), TestPhotos.jpeg(320, 240), "image/jpeg")
                .json().get("id").asLong();
        Api other = Organisations.registerMachinery("旁观机械有限公司").manager();

        assertThat(other.get("/api/checks/" + id).status()).isEqualTo(404);
        assertThat(other.get("/api/checks?company=" + s.company().code()).status()).isEqualTo(403);
        assertThat(other.get("/api/photos/" + photo).status()).isEqualTo(404);
        assertThat(other.put("/api/checks/%d/results/%d".formatted(id, item), "{\"result\":\"COMPLIANT\"}").status()).isEqualTo(404);
        assertThat(other.post("/api/checks/%d/complete".formatted(id)).status()).isEqualTo(404);
        assertThat(manager.get("/api/checks/" + id).json().get("summary").get("recorded").asInt()).isZero();
        // the bureau of the jurisdiction reads it
        assertThat(Api.as(Keycloak.newBureauOfficer("330106")).get("/api/checks/" + id).status()).isEqualTo(200);
    }

    @Test
    void aFileThatIsNotAPhotoIsRefusedAndNothingIsStored() {
        Checks.Setup s = Checks.setUp("坏文件机械有限公司");
        Api manager = s.company().manager();
        JsonNode check = Checks.plan(manager);
        long id = check.get("summary").get("id").asLong();
        long item = Checks.resultId(check, "第十三条", "(一)");

        Api.Answer text = manager.post("/api/checks/%d/results/%d/photos".formatted(id, item),
                "这不是照片".getBytes(java.nio.charset.StandardCharsets.UTF_8), "image/jpeg");
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.json().get("fields").get(0).get("code").asText()).isEqualTo("photo.type");
        byte[] jpeg = TestPhotos.jpeg(640, 480);
        byte[] truncated = java.util.Arrays.copyOf(jpeg, jpeg.length / 2);
        assertThat(manager.post("/api/checks/%d/results/%d/photos".formatted(id, item), truncated, "image/jpeg").json()
                .get("fields").get(0).get("code").asText()).isEqualTo("photo.corrupt");

        for (JsonNode i : manager.get("/api/checks/" + id).json().get("items")) {
            assertThat(i.get("photos")).isEmpty();
        }
    }

    @Test
    void theSeededCatalogueIsVersionedAndChecksKeepTheirWording() {
        Api admin = Api.as(Keycloak.newUser("admin", Map.of()));
        JsonNode standards = admin.get("/api/catalogue").json();
        JsonNode gm10 = null;
        for (JsonNode st : standards) {
            if (st.get("standardCode").asText().equals("GM10-2023")) {
                gm10 = st;
            }
            if (st.get("standardCode").asText().equals("HG121-2017")) {
                assertThat(st.get("items").asInt()).isEqualTo(20);
            }
        }
        assertThat(gm10.get("items").asInt()).isEqualTo(64);

        Checks.Setup s = Checks.setUp("版本检查机械有限公司");
        JsonNode before = Checks.plan(s.company().manager());
        long missingItem = -1;
        for (JsonNode i : before.get("items")) {
            if (i.get("item").get("status").asText().equals("MISSING")) {
                missingItem = i.get("item").get("id").asLong();
            }
        }
        assertThat(missingItem).isPositive();
        assertThat(s.company().manager().put("/api/catalogue/items/" + missingItem, "{\"text\":\"x\"}").status()).isEqualTo(403);
        Api.Answer corrected = admin.put("/api/catalogue/items/" + missingItem, "{\"text\":\"核实后的条文。\",\"note\":\"国务院公报 2023 年第 19 号\"}");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        assertThat(corrected.json().get("revision").asInt()).isGreaterThan(gm10.get("revision").asInt());
        assertThat(corrected.json().get("missing").asInt()).isEqualTo(gm10.get("missing").asInt() - 1);

        // the earlier check keeps the wording it used; a new check uses the new revision
        JsonNode old = s.company().manager().get("/api/checks/" + before.get("summary").get("id").asLong()).json();
        assertThat(old.get("revisions").get(0).asText()).isEqualTo(before.get("revisions").get(0).asText());
        JsonNode after = Checks.plan(s.company().manager());
        assertThat(after.get("revisions").get(0).asText()).isEqualTo("GM10-2023 r" + corrected.json().get("revision").asInt());
        assertThat(after.get("items").findValuesAsText("text")).contains("核实后的条文。");

        // a malformed import is refused line by line and stores nothing
        Api.Answer bad = admin.postFile("/api/catalogue/import", "standard: X-1\ntitle: t\nissuer: i\neffective: 2026-13-01\nscope: ALL\nX-1 | a | b\n");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("fields").findValuesAsText("code")).contains("catalogue.effective.format", "catalogue.line.format");
        assertThat(admin.get("/api/catalogue/standards/X-1/revisions").json()).isEmpty();
    }
}
