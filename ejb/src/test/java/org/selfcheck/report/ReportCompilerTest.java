package org.selfcheck.report;

import org.junit.jupiter.api.Test;
import org.selfcheck.company.CompanyDetails;
import org.selfcheck.company.StandardisationGrade;
import org.selfcheck.hazard.HazardRecord;
import org.selfcheck.hazard.HazardSource;
import org.selfcheck.hazard.HazardState;
import org.selfcheck.hazard.LedgerEntry;
import org.selfcheck.hazard.RemediationPlan;
import org.selfcheck.inspection.CheckDetails;
import org.selfcheck.inspection.CheckSummary;
import org.selfcheck.inspection.ComplianceCalendar;
import org.selfcheck.inspection.InTime;
import org.selfcheck.inspection.Outcome;
import org.selfcheck.inspection.ResultEntry;
import org.selfcheck.inspection.SafetyCheck;
import org.selfcheck.organisation.GroupCategory;
import org.selfcheck.organisation.OrgRole;
import org.selfcheck.organisation.Organisation;
import org.selfcheck.organisation.OrganisationSnapshot;
import org.selfcheck.organisation.PersonDetails;
import org.selfcheck.organisation.Term;
import org.selfcheck.shared.Quarter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportCompilerTest {

    static final Quarter Q4 = new Quarter(2026, 4);
    static final LocalDate TODAY = LocalDate.of(2027, 1, 8);
    static final CompanyDetails COMPANY = new CompanyDetails("91330106MA27Y1A30W", "杭州西湖精细化工有限公司", "330106",
            "C2614", "有机化学原料制造", true, StandardisationGrade.GRADE_2, "西湖区", List.of(), Instant.EPOCH, "demo",
            Instant.EPOCH, "demo", 0);
    static final PersonDetails WANG = new PersonDetails(1, "王建国", "总经理", "13805710001", "principal1", false, null, 0);
    static final PersonDetails LI = new PersonDetails(2, "李明", "副总经理", "13805710002", "member1", false, null, 0);
    static final PersonDetails ZHANG = new PersonDetails(3, "张伟", "安全部部长", "13805710004", null, false, null, 0);

    static OrganisationSnapshot organisation() {
        LocalDate jan = LocalDate.of(2026, 1, 1);
        return new Organisation(List.of(WANG, LI, ZHANG), List.of(
                new Term(1L, 1, OrgRole.PRINCIPAL, null, null, jan, null, null),
                new Term(2L, 2, OrgRole.LEADERSHIP, null, null, jan, null, null),
                new Term(3L, 2, OrgRole.DESIGNATED_LEADER, null, null, jan, null, null),
                new Term(4L, 3, OrgRole.GROUP_MEMBER, GroupCategory.SAFETY_OFFICE, null, jan, null, null)), List.of())
                .asOf(Q4.last());
    }

    /** A check completed at 11:00 on its day in China, the principal's confirmation (if any) at 10:00. */
    static CheckDetails check(long id, LocalDate date, boolean completed, boolean principal, int hazards) {
        return check(id, date, completed ? onDay(date, 11) : null, principal ? onDay(date, 10) : null, hazards);
    }

    static Instant onDay(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(Quarter.ZONE).toInstant();
    }

    static CheckDetails check(long id, LocalDate date, Instant completedAt, Instant confirmedAt, int hazards) {
        List<CheckDetails.Item> items = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Outcome o = i < hazards ? Outcome.HAZARD : Outcome.COMPLIANT;
            ResultEntry entry = new ResultEntry(o, null, o == Outcome.HAZARD ? "隐患" + i : null);
            items.add(new CheckDetails.Item(id * 10 + i, null, entry, List.of(), entry, List.of()));
        }
        CheckSummary summary = new CheckSummary(id, date, Quarter.of(date).toString(), "全厂",
                completedAt != null ? SafetyCheck.Status.COMPLETED : SafetyCheck.Status.PLANNED, "王建国",
                confirmedAt, confirmedAt != null ? "principal1" : null, 1, 3, 3, hazards,
                Instant.EPOCH, "manager1", completedAt, completedAt != null ? "manager1" : null,
                InTime.completedLate(date, completedAt), InTime.confirmedLate(date, confirmedAt), 1);
        return new CheckDetails(summary, List.of(new CheckDetails.Participant(ZHANG, null)), List.of(), items, List.of("GM10-2023 r1"), List.of(), java.util.Set.of());
    }

    static LedgerEntry hazard(long id, LocalDate foundOn, HazardState state, LocalDate closedOn, boolean overdue) {
        RemediationPlan plan = new RemediationPlan("张伟", "设备部", "加装泄爆片", new BigDecimal("85000.00"), "安全生产费用",
                foundOn.plusDays(30), "停用并设警示");
        HazardRecord h = new HazardRecord(id, HazardSource.SELF_CHECK, 1L, 7L, "隐患" + id, foundOn, null, "车间", "现状", "危害",
                plan, state, null, closedOn, Instant.EPOCH, "manager1", Instant.EPOCH, "manager1", 0);
        return new LedgerEntry(h, "GM10-2023 第十一条(三)", plan.deadline(), overdue, false, true, null);
    }

    static ComplianceCalendar calendar(List<CheckDetails> checks) {
        return ComplianceCalendar.of(2026, TODAY, checks.stream().map(c -> c.summary().toFact()).toList());
    }

    @Test
    void anEmptyQuarterIsReportedAsSuchWithItsDueDate() {
        QuarterlyReport r = ReportCompiler.compile(COMPANY, Q4, organisation(), List.of(), List.of(), calendar(List.of()), Q4.reportDeadline());

        assertThat(r.schema()).isEqualTo(QuarterlyReport.SCHEMA);
        assertThat(r.quarter()).isEqualTo("2026Q4");
        assertThat(r.periodStart()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(r.periodEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(r.dueDate()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(r.checks()).isEmpty();
        assertThat(r.hazards()).isEmpty();
        assertThat(r.statistics()).isEqualTo(new QuarterlyReport.Statistics(0, 0, 0, 0));
        assertThat(r.quarterState()).isEqualTo("OVERDUE");
        assertThat(r.quarterCheckLate()).as("no check at all, not a late one").isFalse();
        assertThat(r.attendance().state()).isEqualTo("MISSED");
        assertThat(r.attendance().lateChecks()).isEmpty();
        assertThat(r.organisation().principal()).isEqualTo("王建国");
        assertThat(r.organisation().designatedLeader()).isEqualTo("李明");
        assertThat(r.organisation().missingCategories()).containsExactly("UNION", "WORKER_REP", "REGISTERED_SAFETY_ENGINEER");
    }

    @Test
    void onlyTheQuartersChecksAreListedInDateOrderWithTheirPeopleAndFindings() {
        List<CheckDetails> checks = List.of(
                check(3, LocalDate.of(2026, 12, 31), true, false, 1),
                check(1, LocalDate.of(2026, 9, 30), true, true, 0),
                check(2, LocalDate.of(2026, 10, 1), true, true, 2),
                check(4, LocalDate.of(2027, 1, 2), false, false, 0));

        QuarterlyReport r = ReportCompiler.compile(COMPANY, Q4, organisation(), checks, List.of(), calendar(checks), Q4.reportDeadline());

        assertThat(r.checks()).extracting(QuarterlyReport.CheckPart::id).containsExactly(2L, 3L);
        assertThat(r.checks().get(0).participants()).containsExactly("张伟");
        assertThat(r.checks().get(0).principalAttended()).isTrue();
        assertThat(r.checks().get(0).hazards()).isEqualTo(2);
        assertThat(r.checks().get(1).principalAttended()).isFalse();
        assertThat(r.checks()).noneMatch(QuarterlyReport.CheckPart::lateEntry);
        assertThat(r.checks().get(1).completedAt()).isEqualTo(Instant.parse("2026-12-31T03:00:00Z"));
        assertThat(r.quarterState()).isEqualTo("DONE");
        assertThat(r.quarterCheckLate()).isFalse();
        // the year so far: Q3's and Q4's confirmed checks, nothing after the quarter
        assertThat(r.attendance().state()).isEqualTo("MET");
        assertThat(r.attendance().confirmedChecks()).containsExactly(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 1));
    }

    @Test
    void aCheckCompletedAfterTheQuarterEndedIsListedAsALateEntryAndTheQuarterWasNotCheckedInTime() {
        Instant january = Instant.parse("2027-01-05T09:00:00+08:00");
        List<CheckDetails> checks = List.of(check(5, LocalDate.of(2026, 12, 20), january, january, 1));

        QuarterlyReport r = ReportCompiler.compile(COMPANY, Q4, organisation(), checks, List.of(), calendar(checks), Q4.reportDeadline());

        assertThat(r.checks()).hasSize(1);
        assertThat(r.checks().get(0).lateEntry()).isTrue();
        assertThat(r.checks().get(0).completedAt()).isEqualTo(january);
        assertThat(r.checks().get(0).status()).isEqualTo("COMPLETED");
        assertThat(r.quarterState()).as("a late entry repairs nothing").isEqualTo("OVERDUE");
        assertThat(r.quarterCheckLate()).isTrue();
        assertThat(r.statistics().found()).as("its findings are reported all the same").isZero();
        // confirmed in 2027: kept and listed, not counted for 2026
        assertThat(r.attendance().state()).isEqualTo("MISSED");
        assertThat(r.attendance().confirmedChecks()).isEmpty();
        assertThat(r.attendance().lateChecks()).containsExactly(LocalDate.of(2026, 12, 20));
    }

    @Test
    void completedAtTheLastSecondOfTheQuarterInChinaTheCheckIsInTime() {
        Instant lastSecond = Instant.parse("2026-12-31T23:59:59+08:00");
        List<CheckDetails> checks = List.of(check(6, LocalDate.of(2026, 12, 31), lastSecond, lastSecond, 0));

        QuarterlyReport r = ReportCompiler.compile(COMPANY, Q4, organisation(), checks, List.of(), calendar(checks), Q4.reportDeadline());

        assertThat(r.checks().get(0).lateEntry()).isFalse();
        assertThat(r.quarterState()).isEqualTo("DONE");
        assertThat(r.quarterCheckLate()).isFalse();
        assertThat(r.attendance().state()).isEqualTo("MET");
        assertThat(r.attendance().confirmedChecks()).containsExactly(LocalDate.of(2026, 12, 31));
        assertThat(r.attendance().lateChecks()).isEmpty();
    }

    @Test
    void hazardsAcrossQuartersAreListedWhenFoundInTheQuarterOrCarriedOverOpen() {
        List<LedgerEntry> ledger = List.of(
                hazard(1, LocalDate.of(2026, 8, 1), HazardState.CLOSED, LocalDate.of(2026, 9, 20), false),
                hazard(2, LocalDate.of(2026, 8, 5), HazardState.IN_PROGRESS, null, true),
                hazard(3, LocalDate.of(2026, 9, 1), HazardState.CLOSED, LocalDate.of(2026, 10, 10), false),
                hazard(4, LocalDate.of(2026, 11, 2), HazardState.PENDING, null, false),
                hazard(5, LocalDate.of(2026, 12, 31), HazardState.CLOSED, LocalDate.of(2027, 1, 5), false),
                hazard(6, LocalDate.of(2027, 1, 3), HazardState.PENDING, null, false));

        QuarterlyReport r = ReportCompiler.compile(COMPANY, Q4, organisation(), List.of(), ledger, calendar(List.of()), Q4.reportDeadline());

        assertThat(r.hazards()).extracting(QuarterlyReport.HazardPart::id).containsExactly(2L, 3L, 4L, 5L);
        assertThat(r.hazards()).filteredOn(QuarterlyReport.HazardPart::carriedOver)
                .extracting(QuarterlyReport.HazardPart::id).containsExactly(2L, 3L);
        assertThat(r.statistics()).isEqualTo(new QuarterlyReport.Statistics(2, 2, 2, 1));
        QuarterlyReport.HazardPart four = r.hazards().get(2);
        assertThat(four.presentState()).isEqualTo("现状");
        assertThat(four.harm()).isEqualTo("危害");
        assertThat(four.measures()).isEqualTo("加装泄爆片");
        assertThat(four.fundsAmount()).isEqualByComparingTo("85000");
        assertThat(four.deadline()).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void theSameFactsGiveTheSameReport() {
        List<CheckDetails> checks = List.of(check(2, LocalDate.of(2026, 10, 1), true, true, 1), check(3, LocalDate.of(2026, 11, 1), true, false, 0));
        List<LedgerEntry> ledger = List.of(hazard(4, LocalDate.of(2026, 11, 2), HazardState.PENDING, null, false),
                hazard(2, LocalDate.of(2026, 10, 1), HazardState.PENDING, null, false));

        QuarterlyReport once = ReportCompiler.compile(COMPANY, Q4, organisation(), checks, ledger, calendar(checks), Q4.reportDeadline());
        QuarterlyReport again = ReportCompiler.compile(COMPANY, Q4, organisation(), reversed(checks), reversed(ledger), calendar(checks), Q4.reportDeadline());

        assertThat(again).isEqualTo(once);
    }

    static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void aCalendarOfAnotherYearIsRefused() {
        assertThatThrownBy(() -> ReportCompiler.compile(COMPANY, new Quarter(2027, 1), organisation(), List.of(), List.of(),
                calendar(List.of()), LocalDate.of(2027, 4, 15))).isInstanceOf(IllegalArgumentException.class);
    }
}
