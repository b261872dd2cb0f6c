package org.selfcheck.bureau.spotcheck;

import org.selfcheck.hazard.HazardSource;
import org.selfcheck.hazard.HazardState;
import org.selfcheck.hazard.RemediationPlan;
import org.selfcheck.organisation.GroupCategory;
import org.selfcheck.organisation.OrgRole;
import org.selfcheck.organisation.Organisation;
import org.selfcheck.organisation.PersonDetails;
import org.selfcheck.organisation.Term;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * The facts of one spot check: an inspection of a polishing workshop on 20 May 2026 at 09:00 Beijing time,
 * a qualifying self-report of the same hazard, and the company's organisation and checks.
 */
final class SpotChecks {

    static final LocalDate INSPECTION_DATE = LocalDate.of(2026, 5, 20);
    static final Instant INSPECTION_START = at(INSPECTION_DATE, 9, 0);

    /** 工贸 第十一条 粉尘涉爆: dry dust removal without explosion protection. */
    static final long ITEM = 1101;
    static final String LOCATION = "二车间抛光工位";
    static final Finding FINDING = new Finding(ITEM, LOCATION, "干式除尘系统未采取泄爆、惰化、抑爆等任一种爆炸防控措施");

    static final LocalDate FOUND_ON = LocalDate.of(2026, 3, 20);
    static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);
    static final RemediationPlan COMPLETE = RemediationPlan.of("张三", "设备科", "加装泄爆片", new BigDecimal("50000"),
            "企业安全生产费用", DEADLINE, "停用除尘系统，设置警戒区", FOUND_ON);
    static final RemediationPlan DRAFT = RemediationPlan.of("张三", null, "加装泄爆片", null, null, DEADLINE, null, FOUND_ON);

    // people of the organisation
    static final long WANG = 1, LI = 2, ZHANG = 3, SUN = 4, ZHOU = 5, WU = 6, ZHENG = 7;

    private SpotChecks() {
    }

    /** A moment in Beijing time. */
    static Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(LocalTime.of(hour, minute)).toInstant(ZoneOffset.ofHours(8));
    }

    static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** Found by the self-check on 20 March, recorded that day, received by the bureau on 10 April, in progress in time. */
    static SelfReport qualifying() {
        return new SelfReport(11, ITEM, LOCATION, HazardSource.SELF_CHECK, FOUND_ON, at(FOUND_ON, 15, 0),
                at(d(2026, 4, 10), 10, 0), COMPLETE, HazardState.IN_PROGRESS, DEADLINE, null);
    }

    static SelfReport withId(SelfReport r, long hazardId) {
        return new SelfReport(hazardId, r.itemId(), r.location(), r.source(), r.foundOn(), r.recordedAt(), r.receiptAt(),
                r.plan(), r.state(), r.deadline(), r.bureauFoundAt());
    }

    static SelfReport withItem(SelfReport r, Long itemId, String location) {
        return new SelfReport(r.hazardId(), itemId, location, r.source(), r.foundOn(), r.recordedAt(), r.receiptAt(),
                r.plan(), r.state(), r.deadline(), r.bureauFoundAt());
    }

    static SelfReport withSource(SelfReport r, HazardSource source) {
        return new SelfReport(r.hazardId(), r.itemId(), r.location(), source, r.foundOn(), r.recordedAt(), r.receiptAt(),
                r.plan(), r.state(), r.deadline(), r.bureauFoundAt());
    }

    static SelfReport withTimes(SelfReport r, Instant recordedAt, Instant receiptAt) {
        return new SelfReport(r.hazardId(), r.itemId(), r.location(), r.source(), r.foundOn(), recordedAt, receiptAt,
                r.plan(), r.state(), r.deadline(), r.bureauFoundAt());
    }

    static SelfReport withBureauFinding(SelfReport r, Instant bureauFoundAt) {
        return new SelfReport(r.hazardId(), r.itemId(), r.location(), r.source(), r.foundOn(), r.recordedAt(), r.receiptAt(),
                r.plan(), r.state(), r.deadline(), bureauFoundAt);
    }

    static SelfReport withPlan(SelfReport r, RemediationPlan plan) {
        return new SelfReport(r.hazardId(), r.itemId(), r.location(), r.source(), r.foundOn(), r.recordedAt(), r.receiptAt(),
                plan, r.state(), r.deadline(), r.bureauFoundAt());
    }

    static SelfReport withProgress(SelfReport r, HazardState state, LocalDate deadline) {
        return new SelfReport(r.hazardId(), r.itemId(), r.location(), r.source(), r.foundOn(), r.recordedAt(), r.receiptAt(),
                r.plan(), state, deadline, r.bureauFoundAt());
    }

    static PersonDetails person(long id, String name) {
        return new PersonDetails(id, name, "职务", "13800138000", null, false, null, 0);
    }

    static Term term(long id, long personId, OrgRole role, LocalDate start, LocalDate end) {
        return new Term(id, personId, role, null, null, start, end, null);
    }

    static Term member(long id, long personId, GroupCategory category, LocalDate start, LocalDate end) {
        return new Term(id, personId, OrgRole.GROUP_MEMBER, category, null, start, end, null);
    }

    /**
     * For an inspection on 20 May 2026 (period 1 January to 19 May): 王总 principal until 28 February (his last
     * day), 李总 from 1 March; 张副总 in the leadership and designated leader throughout; 孙工 and 周工 in the group,
     * 周工 from 10 February; 吴工's last day in the group was 30 November 2025 and 郑工's 31 December 2025 (the day
     * before the period), so neither held it in the period.
     */
    static Organisation organisation() {
        List<PersonDetails> people = List.of(person(WANG, "王总"), person(LI, "李总"), person(ZHANG, "张副总"),
                person(SUN, "孙工"), person(ZHOU, "周工"), person(WU, "吴工"), person(ZHENG, "郑工"));
        List<Term> terms = List.of(
                term(1, WANG, OrgRole.PRINCIPAL, d(2020, 1, 1), d(2026, 2, 28)),
                term(2, LI, OrgRole.PRINCIPAL, d(2026, 3, 1), null),
                term(3, ZHANG, OrgRole.LEADERSHIP, d(2022, 1, 1), null),
                term(4, ZHANG, OrgRole.DESIGNATED_LEADER, d(2025, 6, 1), null),
                member(5, SUN, GroupCategory.SAFETY_OFFICE, d(2025, 1, 1), null),
                member(6, ZHOU, GroupCategory.UNION, d(2026, 2, 10), null),
                member(7, WU, GroupCategory.WORKER_REP, d(2024, 1, 1), d(2025, 11, 30)),
                member(8, ZHENG, GroupCategory.WORKER_REP, d(2025, 12, 1), d(2025, 12, 31)));
        return new Organisation(people, terms, List.of());
    }

    static Organisation emptyOrganisation() {
        return new Organisation(List.of(), List.of(), List.of());
    }

    /**
     * The company's completed checks around the period: one before it, three in it, one on the inspection day.
     */
    static List<CheckAttendance> checks() {
        return List.of(
                new CheckAttendance(100, d(2025, 12, 15), Set.of(ZHANG, SUN, WU), true),
                new CheckAttendance(101, d(2026, 2, 5), Set.of(ZHANG, SUN), true),
                new CheckAttendance(102, d(2026, 3, 20), Set.of(ZHANG, SUN, ZHOU), false),
                new CheckAttendance(103, d(2026, 5, 10), Set.of(LI, ZHOU), true),
                new CheckAttendance(104, INSPECTION_DATE, Set.of(LI, ZHANG, SUN, ZHOU), true));
    }

    static FindingOutcome judge(SelfReport... reports) {
        return SpotCheckJudgment.judge(FINDING, INSPECTION_DATE, INSPECTION_START, List.of(reports), organisation(), checks());
    }
}
