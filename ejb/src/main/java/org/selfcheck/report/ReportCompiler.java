package org.selfcheck.report;

import org.selfcheck.company.CompanyDetails;
import org.selfcheck.hazard.HazardRecord;
import org.selfcheck.hazard.HazardState;
import org.selfcheck.hazard.LedgerEntry;
import org.selfcheck.hazard.RemediationPlan;
import org.selfcheck.inspection.CheckDetails;
import org.selfcheck.inspection.CheckFact;
import org.selfcheck.inspection.ComplianceCalendar;
import org.selfcheck.inspection.Outcome;
import org.selfcheck.organisation.CategoryCoverage;
import org.selfcheck.organisation.Coverage;
import org.selfcheck.organisation.OrganisationSnapshot;
import org.selfcheck.organisation.Position;
import org.selfcheck.shared.Quarter;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Compiles a quarterly report from what the product holds: the checks dated in the quarter, the hazards found
 * in it and those carried over still open, the organisation at the quarter's end, and the principal's
 * attendance for the year so far. A pure function of its inputs. A check completed after the quarter ended is
 * listed as a late entry (逾期补录) and the report says the quarter's check was not completed in time; a principal's
 * confirmation after the year ended is listed apart and not counted (the rule: {@link org.selfcheck.inspection.InTime}).
 */
public final class ReportCompiler {

    private ReportCompiler() {
    }

    /**
     * @param organisation the organisation at the quarter's end (or today, when compiled before it ends)
     * @param checks       the company's checks; those not dated in the quarter are left out
     * @param hazards      the company's ledger; hazards closed before the quarter began or found after it are left out
     * @param calendar     the compliance calendar of the quarter's year
     * @param dueDate      when the report is due (by default the 15th of the next quarter; provinces may differ)
     */
    public static QuarterlyReport compile(CompanyDetails company, Quarter quarter, OrganisationSnapshot organisation,
                                          List<CheckDetails> checks, List<LedgerEntry> hazards, ComplianceCalendar calendar,
                                          java.time.LocalDate dueDate) {
        if (calendar.year() != quarter.year()) {
            throw new IllegalArgumentException("the calendar of " + calendar.year() + " does not cover " + quarter);
        }
        List<QuarterlyReport.CheckPart> checkParts = checks.stream()
                .filter(c -> quarter.contains(c.summary().date()))
                .sorted(Comparator.comparing((CheckDetails c) -> c.summary().date()).thenComparingLong(c -> c.summary().id()))
                .map(ReportCompiler::check).toList();
        List<QuarterlyReport.HazardPart> hazardParts = hazards.stream()
                .filter(e -> belongs(e.hazard(), quarter))
                .sorted(Comparator.comparing((LedgerEntry e) -> e.hazard().foundOn()).thenComparingLong(e -> e.hazard().id()))
                .map(e -> hazard(e, quarter)).toList();
        int found = (int) hazardParts.stream().filter(h -> !h.carriedOver()).count();
        int remediated = (int) hazardParts.stream().filter(h -> h.state().equals(HazardState.CLOSED.name())).count();
        int overdue = (int) hazardParts.stream().filter(QuarterlyReport.HazardPart::overdue).count();
        List<CheckFact> yearSoFar = checks.stream().map(c -> c.summary().toFact())
                .filter(c -> c.date().getYear() == quarter.year() && !c.date().isAfter(quarter.last())).toList();
        List<java.time.LocalDate> attended = yearSoFar.stream().filter(CheckFact::attendedByPrincipal)
                .map(CheckFact::date).sorted().distinct().toList();
        List<java.time.LocalDate> attendedLate = yearSoFar.stream().filter(CheckFact::attendanceLate)
                .map(CheckFact::date).sorted().distinct().toList();
        ComplianceCalendar.QuarterStatus status = calendar.quarter(quarter.quarter());
        return new QuarterlyReport(QuarterlyReport.SCHEMA,
                new QuarterlyReport.CompanyPart(company.creditCode(), company.name(), company.regionCode(),
                        company.industryCode(), company.industryName(), company.address()),
                quarter.toString(), quarter.first(), quarter.last(), dueDate,
                organisation(organisation), checkParts,
                new QuarterlyReport.Statistics(found, remediated, hazardParts.size() - remediated, overdue),
                hazardParts,
                new QuarterlyReport.AttendancePart(quarter.year(), calendar.attendance().name(), attended, attendedLate),
                status.state().name(), status.onlyLate());
    }

    /** Found in the quarter, or found before it and not closed before it began. */
    static boolean belongs(HazardRecord h, Quarter quarter) {
        if (h.foundOn().isAfter(quarter.last())) {
            return false;
        }
        return quarter.contains(h.foundOn()) || h.closedOn() == null || !h.closedOn().isBefore(quarter.first());
    }

    private static QuarterlyReport.CheckPart check(CheckDetails c) {
        List<String> present = c.participants().stream().map(p -> p.person().name()).toList();
        int hazards = (int) c.items().stream()
                .filter(i -> i.effective() != null && i.effective().outcome() == Outcome.HAZARD).count();
        return new QuarterlyReport.CheckPart(c.summary().id(), c.summary().date(), c.summary().scope(),
                c.summary().status().name(), present, c.summary().principalConfirmedAt() != null, c.items().size(), hazards,
                c.summary().completedAt(), c.summary().toFact().completedLate());
    }

    private static QuarterlyReport.HazardPart hazard(LedgerEntry e, Quarter quarter) {
        HazardRecord h = e.hazard();
        RemediationPlan p = h.plan();
        return new QuarterlyReport.HazardPart(h.id(), e.reference(), h.foundOn(), h.source().name(), h.description(),
                h.location(), h.presentState(), h.harm(), p.responsiblePerson(), p.responsibleBody(), p.measures(),
                p.fundsAmount(), p.fundsSource(), e.deadline(), p.contingency(), h.state().name(), h.closedOn(),
                e.overdue(), h.foundOn().isBefore(quarter.first()), !e.selfFound());
    }

    private static QuarterlyReport.OrganisationPart organisation(OrganisationSnapshot o) {
        List<QuarterlyReport.MemberPart> members = o.composition().stream()
                .flatMap(c -> c.members().stream())
                .map(ReportCompiler::member).toList();
        List<String> missing = o.composition().stream().filter(c -> c.coverage() == Coverage.MISSING)
                .map(CategoryCoverage::category).map(Enum::name).toList();
        return new QuarterlyReport.OrganisationPart(o.date(), name(o.principal()), name(o.leader()), members,
                o.compositionStatus().name(), missing);
    }

    private static QuarterlyReport.MemberPart member(Position m) {
        return new QuarterlyReport.MemberPart(m.person().name(), m.person().position(),
                Objects.requireNonNull(m.category()).name(), m.person().external(), m.person().employer(), m.certificateNo());
    }

    private static String name(Position p) {
        return p == null ? null : p.person().name();
    }
}
