package org.selfcheck.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

/**
 * The story the run command tells a newcomer, written into the portal through its REST API as the demo realm's
 * users, so that every role has something to act on at once:
 * <ul>
 *   <li>the admin keeps the bureau directory (the province, Hangzhou and 西湖区, all at the bundled intake);</li>
 *   <li>{@code manager1} registers company 1 and its organisation: principal, leadership team and a complete
 *       inspection group in which {@code member1} (李明, also the designated leader, appointed by {@code principal1})
 *       is a member; {@code manager2} registers company 2;</li>
 *   <li>the last ended quarter's check is completed and its report prepared and submitted: it waits for
 *       {@code principal1}'s signature. Recorded by the demo after that quarter ended, the check is a late entry
 *       (逾期补录): the quarter stays 未按要求排查 and the report says so, as the rule wants;</li>
 *   <li>this quarter's check, attended by the principal, found two major hazards and waits for the principal's and
 *       {@code member1}'s confirmation; one hazard is being remediated and its deadline extension waits for the
 *       principal's decision, the other waits for 复查;</li>
 *   <li>the hazards' filings reach 西湖区's inbox with receipts, and {@code bureau-hz} records and confirms a spot
 *       check: one finding matches the self-reported hazard (建议不予处罚), the other does not (一案双罚).</li>
 * </ul>
 * Every step first reads what is there and does only what is missing, so a second run (every start of the run
 * command) changes nothing, and a run cut short is completed by the next; what the users did meanwhile (a decision,
 * a failed 复查) is left as it is. Dates follow today's: the running quarter and the one before it, so a start in a
 * later quarter adds that quarter's part of the story (its check with two hazards, and the report of the quarter
 * before); the spot check is made once a year.
 */
public final class DemoScenario {

    public static final String COMPANY_1 = "91330106MA27Y1A30W";
    public static final String COMPANY_2 = "91330206MA2H5K8N1P";
    /** A company that applied to join and waits for 西湖区's decision. */
    public static final String APPLICANT = "91330106MA2KD7XB31";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Duration DELIVERY = Duration.ofSeconds(90);

    /** What the scenario left for each user, by id: what the run command's banner and the tests point at. */
    public record Loaded(String quarter, String lastQuarter, long checkId, long pastCheckId, long extensionHazardId,
                         long verifyHazardId, long reportId, long inspectionId, int filingsDelivered, List<String> done) {
    }

    private final DemoUser admin;
    private final DemoUser manager1;
    private final DemoUser principal1;
    private final DemoUser member1;
    private final DemoUser manager2;
    private final DemoUser bureauHz;
    private final String portal;
    private final List<String> done = new ArrayList<>();

    /**
     * @param portal the portal's base URL, e.g. {@code http://localhost:8080}
     * @param realm  the Keycloak realm URL, e.g. {@code http://localhost:8180/realms/selfcheck}
     */
    public DemoScenario(String portal, String realm) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.portal = portal;
        this.admin = new DemoUser(http, portal, realm, "admin");
        this.manager1 = new DemoUser(http, portal, realm, "manager1");
        this.principal1 = new DemoUser(http, portal, realm, "principal1");
        this.member1 = new DemoUser(http, portal, realm, "member1");
        this.manager2 = new DemoUser(http, portal, realm, "manager2");
        this.bureauHz = new DemoUser(http, portal, realm, "bureau-hz");
    }

    /**
     * Logs every demo user in at Keycloak, then waits until the portal answers ready: the run command starts the
     * scenario while WildFly still boots, so that the logins are not on the way to "ready".
     */
    public DemoScenario awaitPortal(Duration timeout) {
        return awaitPortal(URI.create(readinessOf(portal)), timeout);
    }

    /** The portal's readiness check: MicroProfile Health on the management interface (port 9990) of its host. */
    public static String readinessOf(String portal) {
        URI p = URI.create(portal);
        try {
            return new URI(p.getScheme(), null, p.getHost(), 9990, "/health/ready", null, null).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + portal, e);
        }
    }

    /** Logs every demo user in, then waits until {@code readiness} answers 200. */
    public DemoScenario awaitPortal(URI readiness, Duration timeout) {
        List.of(admin, manager1, principal1, member1, manager2, bureauHz).forEach(DemoUser::token);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant until = Instant.now().plus(timeout);
        while (true) {
            try {
                if (http.send(HttpRequest.newBuilder(readiness)
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoException("interrupted");
            }
            if (Instant.now().isAfter(until)) {
                throw new DemoException("the portal was not ready within " + timeout.toSeconds() + " s");
            }
            pause(Duration.ofMillis(250));
        }
    }

    /** Brings the portal to the story; answers where each user finds his part. */
    public Loaded load() {
        LocalDate today = LocalDate.now(CHINA);
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        LocalDate lastQuarterEnd = quarterStart.minusDays(1);
        String quarter = quarterOf(today);
        String lastQuarter = quarterOf(lastQuarterEnd);

        bureaus();
        company(manager1, COMPANY_1, "杭州西湖精细化工有限公司", "330106", "C2614", "有机化学原料制造", true, "GRADE_2",
                "浙江省杭州市西湖区三墩镇振华路 88 号", List.of());
        company(manager2, COMPANY_2, "宁波北仑金属制品有限公司", "330206", "C3311", "金属结构制造", false, "GRADE_3",
                "浙江省宁波市北仑区新碶街道明州路 18 号", List.of("DUST_EXPLOSION", "CONFINED_SPACE"));
        Map<String, Long> people = organisation(LocalDate.of(lastQuarterEnd.getYear(), 1, 1));
        List<Long> group = List.of(people.get("李明"), people.get("张伟"), people.get("刘芳"), people.get("陈立新"), people.get("赵工"));

        JsonNode past = check(lastQuarter, lastQuarterEnd.minusDays(10), "全厂（" + quarterName(lastQuarterEnd) + "例行检查）",
                group, Map.of());
        confirmParticipation(manager1, past);
        confirmParticipation(member1, past);

        JsonNode current = check(quarter, today, "全厂（" + quarterName(today) + "检查）", group, Map.of(
                "第十二项", "合成车间二层甲醇中间罐区未按国家标准设置可燃气体检测报警装置",
                "第十五项", "精馏塔 T-101 塔顶安全阀校验过期，前端切断阀关闭，安全阀未正常投用"));
        confirmParticipation(manager1, current);
        long extensionHazard = hazardOf(current, "第十二项");
        long verifyHazard = hazardOf(current, "第十五项");
        underRemediationWithExtension(extensionHazard, today);
        awaitingVerification(verifyHazard, today);
        long report = submittedReport(lastQuarter);

        List<JsonNode> filings = delivered();
        long inspection = spotCheck(today, current, extensionHazard, filings);
        pendingApplication(today);
        return new Loaded(quarter, lastQuarter, current.get("summary").get("id").asLong(), past.get("summary").get("id").asLong(),
                extensionHazard, verifyHazard, report, inspection, filings.size(), List.copyOf(done));
    }

    // ---- the steps, each doing only what is missing ---------------------------------------------------------

    private void bureaus() {
        JsonNode directory = admin.get("/api/bureaus");
        String[][] bureaus = {
                {"浙江省应急管理厅", "33", "0571-87050000"},
                {"杭州市应急管理局", "3301", "0571-85250000"},
                {"杭州市西湖区应急管理局", "330106", "0571-87960000"}};
        for (String[] b : bureaus) {
            if (none(directory, d -> d.get("jurisdiction").asText().equals(b[1]))) {
                admin.post("/api/bureaus", fields("name", b[0], "jurisdiction", b[1],
                        "intakeUrl", portal + "/api/intake/filings", "receiptKeysUrl", portal + "/api/intake/keys",
                        "transport", "HTTP", "contact", b[2], "wants", List.of("REPORT", "HAZARD", "MILESTONE"), "active", true));
                done.add("bureau " + b[0]);
            }
        }
    }

    /** A company of 西湖区 applied on the public page; bureau-hz decides (the applicant's mails go to the mail catcher). */
    private void pendingApplication(LocalDate today) {
        boolean pending = stream(bureauHz.get("/api/applications/pending")).anyMatch(a -> a.get("creditCode").asText().equals(APPLICANT));
        if (pending || admin.find("/api/companies/" + APPLICANT).isPresent()) {
            return;
        }
        // no login: the application is public (the token the demo user sends along changes nothing)
        admin.post("/api/applications", fields("creditCode", APPLICANT, "name", "杭州西湖新材料科技有限公司",
                "regionCode", "330106", "industryCode", "C2653", "industryName", "合成纤维单（聚合）体制造", "highRisk", true,
                "standardisationGrade", "GRADE_3", "certificateNo", "AQBWH III 330106-2025-0017",
                "certificateValidUntil", today.plusYears(2).toString(), "address", "浙江省杭州市西湖区三墩镇西园八路 6 号",
                "specialFields", List.of(), "managerName", "孙晓明", "managerMobile", "13957100000",
                "managerEmail", "sun.xiaoming@xihu-xincai.example",
                "licence", java.util.Base64.getEncoder().encodeToString(DemoPhotos.jpeg(17)), "licenceName", "营业执照.jpg"));
        done.add("application " + APPLICANT);
    }

    private void company(DemoUser manager, String code, String name, String region, String industry, String industryName,
                         boolean highRisk, String grade, String address, List<String> specialFields) {
        if (manager.find("/api/companies/mine").isEmpty()) {
            manager.put("/api/companies/mine", fields("creditCode", code, "name", name, "regionCode", region,
                    "industryCode", industry, "industryName", industryName, "highRisk", highRisk,
                    "standardisationGrade", grade, "address", address, "specialFields", specialFields));
            done.add("company " + name);
        }
    }

    /** Company 1's people and their terms from {@code start}; answers the people's ids by name. */
    private Map<String, Long> organisation(LocalDate start) {
        JsonNode history = manager1.get("/api/organisation/history?company=" + COMPANY_1);
        Map<String, Long> ids = new HashMap<>();
        history.get("people").forEach(p -> ids.put(p.get("name").asText(), p.get("id").asLong()));
        String[][] people = {
                // name, position, phone, login, employer of an outside expert
                {"王建国", "总经理", "13805710001", "principal1", null},
                {"李明", "分管安全副总经理", "13805710002", "member1", null},
                {"周华", "生产副总经理", "13805710003", null, null},
                {"张伟", "安全管理部部长", "13805710004", "manager1", null},
                {"刘芳", "工会主席", "13805710007", null, null},
                {"陈立新", "合成车间班组长（职工代表）", "13805710005", null, null},
                {"赵工", "注册安全工程师", "0571-87650006", null, "浙江安评技术服务有限公司"}};
        for (String[] p : people) {
            if (!ids.containsKey(p[0])) {
                JsonNode added = manager1.post("/api/organisation/people", fields("name", p[0], "position", p[1],
                        "phone", p[2], "username", p[3], "external", p[4] != null, "employer", p[4]));
                ids.put(p[0], added.get("id").asLong());
                done.add("person " + p[0]);
            }
        }
        JsonNode terms = history.get("terms");
        term(terms, manager1, "principal", ids.get("王建国"), "PRINCIPAL", null, null, start);
        term(terms, manager1, "leadership", ids.get("李明"), "LEADERSHIP", null, null, start);
        term(terms, manager1, "leadership", ids.get("周华"), "LEADERSHIP", null, null, start);
        term(terms, manager1, "group", ids.get("李明"), "GROUP_MEMBER", "SAFETY_OFFICE", null, start);
        term(terms, manager1, "group", ids.get("张伟"), "GROUP_MEMBER", "SAFETY_OFFICE", null, start);
        term(terms, manager1, "group", ids.get("刘芳"), "GROUP_MEMBER", "UNION", null, start);
        term(terms, manager1, "group", ids.get("陈立新"), "GROUP_MEMBER", "WORKER_REP", null, start);
        term(terms, manager1, "group", ids.get("赵工"), "GROUP_MEMBER", "REGISTERED_SAFETY_ENGINEER", "0033012345", start);
        // only the principal himself designates the leader
        term(terms, principal1, "leader", ids.get("李明"), "DESIGNATED_LEADER", null, null, start);
        return ids;
    }

    private void term(JsonNode terms, DemoUser by, String what, long personId, String role, String category,
                      String certificate, LocalDate start) {
        if (none(terms, t -> t.get("person").get("id").asLong() == personId && t.get("role").asText().equals(role)
                && (category == null || category.equals(t.path("category").asText())))) {
            by.post("/api/organisation/" + what, category == null
                    ? fields("personId", personId, "start", start.toString(), "note", "演示数据")
                    : fields("personId", personId, "category", category, "certificateNo", certificate, "start", start.toString()));
            done.add(role + " " + personId);
        }
    }

    /**
     * The check of a quarter, planned on {@code date} if there is none, conducted by the safety manager and completed:
     * the group present, a hazard (with a photo) at each item of {@code hazards} (article → description), every other
     * item compliant.
     */
    private JsonNode check(String quarter, LocalDate date, String scope, List<Long> present, Map<String, String> hazards) {
        Optional<JsonNode> existing = stream(manager1.get("/api/checks?company=" + COMPANY_1 + "&year=" + date.getYear()))
                .filter(c -> c.get("quarter").asText().equals(quarter)).findFirst();
        long id = existing.isPresent() ? existing.get().get("id").asLong()
                : manager1.post("/api/checks", fields("date", date.toString(), "scope", scope)).get("id").asLong();
        JsonNode check = manager1.get("/api/checks/" + id);
        if (check.get("summary").get("status").asText().equals("COMPLETED")) {
            return check;
        }
        manager1.put("/api/checks/" + id + "/participants", fields("personIds", present));
        for (JsonNode item : check.get("items")) {
            String description = hazards.get(item.get("item").get("article").asText());
            if (description == null) {
                continue;
            }
            // each of the two steps on its own, so that a run cut short between them is completed by the next
            long result = item.get("resultId").asLong();
            if (!item.path("recorded").path("outcome").asText().equals("HAZARD")) {
                manager1.put("/api/checks/" + id + "/results/" + result, fields("result", "HAZARD", "description", description));
            }
            if (item.path("photos").isEmpty()) {
                manager1.upload("/api/checks/" + id + "/results/" + result + "/photos", DemoPhotos.jpeg(result), "image/jpeg");
            }
        }
        manager1.post("/api/checks/" + id + "/results/remaining-compliant", null);
        done.add("check " + quarter);
        return manager1.post("/api/checks/" + id + "/complete", null);
    }

    private void confirmParticipation(DemoUser user, JsonNode check) {
        for (JsonNode p : check.get("participants")) {
            if (user.username.equals(p.get("person").path("username").asText()) && p.path("confirmedAt").isNull()) {
                user.post("/api/checks/" + check.get("summary").get("id").asLong() + "/participation", null);
            }
        }
    }

    private static long hazardOf(JsonNode check, String article) {
        long itemId = itemId(check, article);
        return stream(check.get("hazards")).filter(h -> h.get("itemId").asLong() == itemId).findFirst()
                .orElseThrow(() -> new DemoException("the check found no hazard at " + article)).get("id").asLong();
    }

    private static long itemId(JsonNode check, String article) {
        return stream(check.get("items")).filter(i -> i.get("item").get("article").asText().equals(article)).findFirst()
                .orElseThrow(() -> new DemoException("no item " + article + " in the checklist")).get("item").get("id").asLong();
    }

    /** 第十二项: a complete plan, remediation under way, and a longer deadline asked of the principal. */
    private void underRemediationWithExtension(long id, LocalDate today) {
        JsonNode h = planned(id, fields("location", "合成车间二层甲醇中间罐区",
                "presentState", "中间罐区及输送泵周边未设置可燃气体检测报警装置，原设计漏项，现场仅配便携式检测仪",
                "harm", "甲醇泄漏时不能及时发现，遇点火源可能引发火灾爆炸；需在不停产条件下布线安装，整改难度中等",
                "responsiblePerson", "张伟", "responsibleBody", "安全管理部、设备部",
                "measures", "按 GB/T 50493 设置可燃气体探测器 6 台，报警信号接入 DCS 并联锁启动事故排风",
                "fundsAmount", 86000, "fundsSource", "安全生产费用", "deadline", today.plusDays(21).toString(),
                "contingency", "整改完成前每班两次便携式检测，中间罐区禁止动火作业，泄漏处置预案交底到班组"));
        if (h.get("extensions").isEmpty()) {
            manager1.post("/api/hazards/" + id + "/extensions", fields("deadline", today.plusDays(51).toString(),
                    "text", "探测器为防爆认证型号，厂家供货周期延长至 5 周，需顺延 30 天完成安装、接线和联锁调试"));
            done.add("extension requested for hazard " + id);
        }
    }

    /** 第十五项: remediated, with a photo of the result, and submitted for 复查. */
    private void awaitingVerification(long id, LocalDate today) {
        JsonNode h = planned(id, fields("location", "精馏工段 T-101 塔顶",
                "presentState", "精馏塔 T-101 塔顶安全阀校验已过期三个月，前端切断阀处于关闭状态",
                "harm", "超压时不能泄放，可能导致塔器破裂和物料泄漏着火；备用阀在库，整改难度低",
                "responsiblePerson", "陈立新", "responsibleBody", "合成车间",
                "measures", "拆下安全阀送检并换装已校验的备用阀，打开并铅封前端切断阀，纳入安全附件台账",
                "fundsAmount", 12000, "fundsSource", "安全生产费用", "deadline", today.plusDays(10).toString(),
                "contingency", "整改完成前降负荷运行，专人监控塔顶压力，超压立即停车"));
        // submitted once: a hazard that 复查 sent back to remediation is the users' story from then on
        if (h.get("hazard").get("state").asText().equals("IN_PROGRESS") && none(h.get("updates"), u -> u.get("kind").asText().equals("SUBMITTED"))) {
            if (none(h.get("updates"), u -> u.get("kind").asText().equals("PROGRESS"))) {
                manager1.post("/api/hazards/" + id + "/progress", fields("text", "已校验的备用安全阀已安装，前端切断阀已打开并铅封"));
            }
            if (none(h.get("photos"), p -> p.get("kind").asText().equals("AFTER"))) {
                manager1.upload("/api/hazards/" + id + "/photos?kind=AFTER", DemoPhotos.jpeg(id), "image/jpeg");
            }
            manager1.post("/api/hazards/" + id + "/submit", fields("text", "整改完成，申请复查"));
            done.add("hazard " + id + " submitted for 复查");
        }
    }

    /** The hazard with its three elements and 五落实 plan recorded and remediation started. */
    private JsonNode planned(long id, Map<String, Object> plan) {
        JsonNode h = manager1.get("/api/hazards/" + id);
        if (h.get("hazard").get("location").isNull()) {
            plan.put("version", h.get("hazard").get("version").asLong());
            h = manager1.put("/api/hazards/" + id, plan);
        }
        if (h.get("hazard").get("state").asText().equals("PENDING")) {
            h = manager1.post("/api/hazards/" + id + "/start", fields("text", "按治理方案开始整改"));
            done.add("hazard " + id + " under remediation");
        }
        return h;
    }

    /** The last ended quarter's report, compiled and submitted: it waits for the principal's signature. */
    private long submittedReport(String quarter) {
        Optional<JsonNode> existing = stream(manager1.get("/api/reports?company=" + COMPANY_1))
                .filter(r -> r.get("quarter").asText().equals(quarter)).findFirst();
        JsonNode report = existing.isPresent() ? existing.get() : manager1.post("/api/reports", fields("quarter", quarter));
        long id = report.get("id").asLong();
        if (report.get("status").asText().equals("DRAFT")) {
            manager1.post("/api/reports/" + id + "/submit", null);
            done.add("report " + quarter + " submitted");
        }
        return id;
    }

    /** Company 1's filings once every one is delivered with its receipt (the Camel route sends them). */
    private List<JsonNode> delivered() {
        Instant until = Instant.now().plus(DELIVERY);
        while (true) {
            List<JsonNode> filings = stream(manager1.get("/api/filings?company=" + COMPANY_1)).toList();
            List<String> open = filings.stream().map(f -> f.get("status").asText()).filter(s -> !s.equals("DELIVERED")).toList();
            if (open.isEmpty()) {
                return filings;
            }
            if (open.contains("FAILED") || open.contains("UNROUTED") || Instant.now().isAfter(until)) {
                throw new DemoException("company 1's filings are not all delivered: " + open
                        + " (see /admin/filings.xhtml as admin)");
            }
            pause(Duration.ofMillis(300));
        }
    }

    /**
     * 西湖区's spot check of company 1 today, begun after the receipts (to the second): one finding is the
     * self-reported hazard under remediation, the other was never reported. Recorded and confirmed by bureau-hz.
     */
    private long spotCheck(LocalDate today, JsonNode check, long reportedHazard, List<JsonNode> filings) {
        Optional<JsonNode> existing = stream(bureauHz.get("/api/inspections?company=" + COMPANY_1 + "&year=" + today.getYear()))
                .findFirst();
        long id;
        if (existing.isPresent()) {
            id = existing.get().get("id").asLong();
            if (!existing.get().path("confirmedAt").isNull()) {
                return id;
            }
        } else {
            Instant lastReceipt = filings.stream().map(f -> Instant.parse(f.get("receiptAt").asText()))
                    .max(Instant::compareTo).orElse(Instant.EPOCH);
            while (!Instant.now().truncatedTo(ChronoUnit.SECONDS).isAfter(lastReceipt)) {
                pause(Duration.ofMillis(100));
            }
            Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            JsonNode hazard = manager1.get("/api/hazards/" + reportedHazard).get("hazard");
            id = bureauHz.post("/api/inspections", fields("company", COMPANY_1, "date", today.toString(),
                    "time", start.atZone(CHINA).toLocalTime().toString(), "type", "PLANNED", "officers", "刘执法、孙执法",
                    "findings", List.of(
                            fields("itemId", hazard.get("itemId").asLong(), "location", hazard.get("location").asText(),
                                    "description", "中间罐区未设可燃气体检测报警装置，企业已自查上报并在整改"),
                            fields("itemId", itemId(check, "第二十项"), "location", "原料仓库",
                                    "description", "甲类仓库内甲醇桶与双氧水混放，企业自查未发现")))).get("id").asLong();
            done.add("spot check " + id);
        }
        bureauHz.post("/api/inspections/" + id + "/confirm", null);
        return id;
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    static String quarterOf(LocalDate d) {
        return d.getYear() + "Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }

    private static String quarterName(LocalDate d) {
        return "第" + "一二三四".charAt((d.getMonthValue() - 1) / 3) + "季度";
    }

    /** A JSON object from name/value pairs, in order; null values are left out. */
    static Map<String, Object> fields(Object... nameValue) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            if (nameValue[i + 1] != null) {
                m.put((String) nameValue[i], nameValue[i + 1]);
            }
        }
        return m;
    }

    private static boolean none(JsonNode array, Predicate<JsonNode> test) {
        return stream(array).noneMatch(test);
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException("interrupted");
        }
    }
}
