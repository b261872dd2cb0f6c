package org.selfcheck.bureau;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.selfcheck.bureau.spotcheck.CheckAttendance;
import org.selfcheck.bureau.spotcheck.Finding;
import org.selfcheck.bureau.spotcheck.FindingOutcome;
import org.selfcheck.bureau.spotcheck.SelfReport;
import org.selfcheck.bureau.spotcheck.SpotCheckJudgment;
import org.selfcheck.catalogue.CatalogueItemDetails;
import org.selfcheck.catalogue.CatalogueService;
import org.selfcheck.company.Company;
import org.selfcheck.company.CompanyDetails;
import org.selfcheck.company.CompanyRepository;
import org.selfcheck.company.CompanyScope;
import org.selfcheck.hazard.BureauFinding;
import org.selfcheck.hazard.HazardRecord;
import org.selfcheck.hazard.HazardService;
import org.selfcheck.hazard.HazardState;
import org.selfcheck.hazard.HazardVersion;
import org.selfcheck.hazard.LedgerEntry;
import org.selfcheck.hazard.RemediationPlan;
import org.selfcheck.inspection.CheckService;
import org.selfcheck.inspection.SafetyCheck;
import org.selfcheck.organisation.OrganisationRepository;
import org.selfcheck.report.ReportService;
import org.selfcheck.report.seal.CanonicalJson;
import org.selfcheck.security.CallerContext;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.AuditedChange;
import org.selfcheck.shared.ConflictException;
import org.selfcheck.shared.InvalidInputException.FieldError;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.Json;
import org.selfcheck.shared.NotFoundException;
import org.selfcheck.shared.Quarter;
import org.selfcheck.shared.Texts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Bureau inspections (R7, section 三): an officer of the company's jurisdiction records one with its findings; each
 * finding is judged against the company's self-reported hazards (不予处罚 recommended, or 一案双罚 with the 责任倒查
 * list) and stored as judged; the officer confirms the record, after which it never changes. Planned inspections
 * count against the company's annual cap: one beyond it needs a stated exemption reason. Another jurisdiction's
 * company does not exist for the officer (404).
 */
@Stateless
public class SpotCheckService {

    private static final String INSPECTION = "bureau-inspection";

    @Inject
    InspectionRepository inspections;

    @Inject
    CallerContext callerContext;

    @Inject
    CompanyRepository companies;

    @Inject
    CompanyScope companyScope;

    @Inject
    HazardService hazards;

    @Inject
    CheckService checks;

    @Inject
    CatalogueService catalogue;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ReportService reports;

    @Inject
    Event<AuditedChange> changes;

    @Inject
    Clock clock;

    /** The company's cap, count and remaining inspections this year, before one more of {@code type}. */
    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    public InspectionCaps.Standing standing(String creditCode, InspectionType type) {
        Company company = inJurisdiction(creditCode);
        return standing(company, Quarter.today(clock).getYear(), type);
    }

    /**
     * 扫码入企: the company's inspections this year against its cap, and its self-check compliance, for an officer of
     * its jurisdiction; for anyone else the company does not exist (404).
     */
    @RolesAllowed(Roles.BUREAU_OFFICER)
    public ScanView scan(String creditCode) {
        Company company = inJurisdiction(creditCode);
        int year = Quarter.today(clock).getYear();
        List<LedgerEntry> ledger = hazards.ledger(company.creditCode(), HazardService.Filter.ALL);
        CompanyDetails d = company.toDetails();
        return new ScanView(d.creditCode(), d.name(), d.regionCode(), d.address(), year, standing(company, year, InspectionType.PLANNED),
                checks.calendar(d.creditCode(), year), reports.due(d.creditCode()),
                (int) ledger.stream().filter(e -> e.hazard().state().open()).count(),
                (int) ledger.stream().filter(LedgerEntry::overdue).count());
    }

    @RolesAllowed(Roles.BUREAU_OFFICER)
    public InspectionDetails record(InspectionRequest r) {
        String officer = callerContext.require().username();
        if (r == null) {
            throw InvalidInputException.of("body", "body.required");
        }
        Company company = inJurisdiction(r.creditCode());
        LocalDate today = Quarter.today(clock);
        List<FieldError> errors = new ArrayList<>();
        if (r.date() == null) {
            errors.add(new FieldError("date", "date.required", List.of()));
        } else if (r.date().isAfter(today)) {
            errors.add(new FieldError("date", "date.future", List.of()));
        } else if (r.time() != null && r.date().atTime(r.time()).atZone(Quarter.ZONE).toInstant().isAfter(clock.instant())) {
            errors.add(new FieldError("time", "date.future", List.of()));
        }
        if (r.type() == null) {
            errors.add(new FieldError("type", "inspection.type.required", List.of()));
        }
        String officers = Texts.clean(r.officers());
        if (officers == null) {
            errors.add(new FieldError("officers", "inspection.officers.required", List.of()));
        } else if (officers.length() > 300) {
            errors.add(new FieldError("officers", "text.length", List.of(300)));
        }
        List<InspectionRequest.FindingRequest> findings = r.findings() == null ? List.of() : r.findings();
        Map<Long, CatalogueItemDetails> items = catalogue.itemsById(findings.stream().map(InspectionRequest.FindingRequest::itemId)
                .filter(java.util.Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(CatalogueItemDetails::id, Function.identity()));
        for (int i = 0; i < findings.size(); i++) {
            InspectionRequest.FindingRequest f = findings.get(i);
            String at = "findings[" + i + "].";
            if (f == null || f.itemId() == null || !items.containsKey(f.itemId())) {
                errors.add(new FieldError(at + "itemId", "catalogue.itemNotFound", List.of(f == null ? "" : String.valueOf(f.itemId()))));
            }
            if (f == null || Texts.clean(f.location()) == null) {
                errors.add(new FieldError(at + "location", "inspection.location.required", List.of()));
            } else if (f.location().strip().length() > 200) {
                errors.add(new FieldError(at + "location", "text.length", List.of(200)));
            }
            if (f == null || Texts.clean(f.description()) == null) {
                errors.add(new FieldError(at + "description", "inspection.description.required", List.of()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // one company's inspections are counted in turn: two officers cannot both take the last one under the cap
        // and the site's region is read under that lock: a move decided meanwhile is seen whole (the inspection stays
        // with the jurisdiction the site lay in when it began)
        String region = inspections.lockRegion(company.id());
        if (!region.startsWith(Jurisdictions.of(callerContext.require()))) {
            throw new NotFoundException("company.notFound", company.creditCode());
        }
        InspectionCaps.Standing before = standing(company, r.date().getYear(), r.type());
        String exemption = Texts.clean(r.exemptionReason());
        if (before.exceedsCap() && exemption == null) {
            throw InvalidInputException.of("exemptionReason", "inspection.capExceeded", before.cap(), before.counted());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant start = (r.time() == null ? r.date().atStartOfDay(Quarter.ZONE) : r.date().atTime(r.time()).atZone(Quarter.ZONE)).toInstant();
        long id = inspections.add(new InspectionRepository.NewInspection(company.id(), region, r.date(), start, r.type(),
                officers, exemption, now, officer));
        Judge judge = judge(company, r.date(), start);
        List<BureauFinding> recorded = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            InspectionRequest.FindingRequest f = findings.get(i);
            FindingOutcome o = judge.judge(new Finding(f.itemId(), f.location().strip(), f.description().strip()));
            Long matched = o.matched() == null ? null : o.matched().hazardId();
            long findingId = inspections.addFinding(id, new InspectionRepository.FindingRow(i + 1, f.itemId(),
                    f.location().strip(), f.description().strip(), o.outcome().name(), o.reason().name(), matched,
                    Json.STORED.toJson(o)));
            recorded.add(new BureauFinding(findingId, id, f.itemId(), f.location().strip(), start, matched));
        }
        // the company's hazards of these items and locations are bound to the findings for ever (非自查发现 from now on)
        hazards.bindFindings(company.creditCode(), recorded);
        InspectionDetails details = details(id);
        changes.fire(AuditedChange.of(company.creditCode(), INSPECTION, id, "RECORD", null, Map.of(
                "date", r.date().toString(), "type", r.type().name(), "officers", officers,
                "findings", details.findings().stream().map(InspectionDetails.FindingView::outcome).toList())));
        return details;
    }

    /** The officer confirms the judged record; from then on it never changes. */
    @RolesAllowed(Roles.BUREAU_OFFICER)
    public InspectionDetails confirm(long id) {
        InspectionDetails d = get(id);
        if (!inspections.confirm(id, clock.instant().truncatedTo(ChronoUnit.MICROS), callerContext.require().username())) {
            throw new ConflictException("inspection.confirmed");
        }
        changes.fire(AuditedChange.of(d.creditCode(), INSPECTION, id, "CONFIRM", null, Map.of("id", id)));
        return details(id);
    }

    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    public InspectionDetails get(long id) {
        // an inspection belongs to the jurisdiction it was made in, wherever the company's site lies now
        if (!inspections.within(id, Jurisdictions.of(callerContext.require()))) {
            throw new NotFoundException("inspection.notFound", id);
        }
        return details(id);
    }

    /** The company's inspections of a year, newest first: the ledger the cap is counted on. */
    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    @SuppressWarnings("unchecked")
    public List<InspectionDetails> ofCompany(String creditCode, int year) {
        // the jurisdiction's own inspections, also of a company whose site has since moved elsewhere
        String jurisdiction = Jurisdictions.of(callerContext.require());
        Company company = creditCode == null ? null : companies.findByCreditCode(creditCode.strip()).orElse(null);
        List<Long> ids = company == null ? List.of() : inspections.ofCompany(company.id(), year, jurisdiction);
        if (ids.isEmpty()) {
            inJurisdiction(creditCode);
        }
        return ids.stream().map(this::details).toList();
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /** A company of the officer's jurisdiction (an admin's: any); any other does not exist for him. */
    private Company inJurisdiction(String creditCode) {
        Company company = creditCode == null ? null : companies.findByCreditCode(creditCode.strip()).orElse(null);
        if (company == null) {
            throw new NotFoundException("company.notFound", String.valueOf(creditCode));
        }
        return companyScope.readableOwnerOf(company.id(), () -> new NotFoundException("company.notFound", creditCode));
    }

    /** The cap as the caller's jurisdiction counts it: its own inspections of the company (those before a move stay where they were made). */
    private InspectionCaps.Standing standing(Company company, int year, InspectionType type) {
        InspectionRepository.Counts counts = inspections.counts(company.id(), year, Jurisdictions.of(callerContext.require()));
        CompanyDetails d = company.toDetails();
        return InspectionCaps.standing(d.standardisationGrade(), d.highRisk(), counts.counted(), counts.exempted(), type);
    }

    /**
     * What the judgment of a finding rests on, as it stood just before the inspection began: the company's hazards
     * (state, location, plan and the deadline in force then, receipts, earlier bureau findings bound to them), its
     * organisation and checks. Nothing recorded from the start on changes the outcome.
     */
    private Judge judge(Company company, LocalDate date, Instant start) {
        List<SelfReport> reports = hazards.asOf(company.creditCode(), start).stream().map(a -> {
            HazardRecord h = a.hazard();
            HazardVersion v = a.version();
            return v == null
                    ? new SelfReport(h.id(), h.itemId(), h.location(), h.source(), h.foundOn(), h.createdAt(), a.receiptAt(),
                    RemediationPlan.EMPTY, HazardState.PENDING, null, a.bureauFoundAt())
                    : new SelfReport(h.id(), h.itemId(), v.location(), h.source(), h.foundOn(), h.createdAt(), a.receiptAt(),
                    v.plan(), v.state(), a.deadline(), a.bureauFoundAt());
        }).toList();
        var period = SpotCheckJudgment.period(date);
        // as at the start too: a check completed (or the principal's attendance confirmed) later is not evidence
        List<CheckAttendance> attended = checks.between(company.creditCode(), period.from(), period.to()).stream()
                .filter(c -> c.summary().status() == SafetyCheck.Status.COMPLETED && c.summary().completedAt().isBefore(start))
                .map(c -> new CheckAttendance(c.summary().id(), c.summary().date(),
                        c.participants().stream().map(p -> p.person().id()).collect(Collectors.toSet()),
                        c.summary().principalConfirmedAt() != null && c.summary().principalConfirmedAt().isBefore(start)))
                .toList();
        var organisation = organisations.load(company.id());
        return finding -> SpotCheckJudgment.judge(finding, date, start, reports, organisation, attended);
    }

    @FunctionalInterface
    private interface Judge {
        FindingOutcome judge(Finding finding);
    }

    private InspectionDetails details(long id) {
        InspectionRepository.Row i = inspections.find(id).orElseThrow(() -> new NotFoundException("inspection.notFound", id));
        List<InspectionRepository.FindingRow> rows = inspections.findings(id);
        Map<Long, CatalogueItemDetails> items = catalogue.itemsById(rows.stream().map(InspectionRepository.FindingRow::itemId)
                        .distinct().toList()).stream().collect(Collectors.toMap(CatalogueItemDetails::id, Function.identity()));
        List<InspectionDetails.FindingView> findings = rows.stream().map(r -> {
            CatalogueItemDetails item = items.get(r.itemId());
            JsonObject judgment = CanonicalJson.parseObject(r.judgment());
            return new InspectionDetails.FindingView(r.position(), r.itemId(), item == null ? null : item.reference(),
                    r.location(), r.description(), r.outcome(), r.reason(), r.matchedHazardId(), judgment);
        }).toList();
        Company company = companies.findById(i.companyId()).orElseThrow();
        return new InspectionDetails(id, i.creditCode(), i.companyName(), i.regionCode(), i.date(), i.type(), i.counted(),
                i.officers(), i.exemptionReason(), i.recordedAt(), i.recordedBy(), i.confirmedAt(), i.confirmedBy(),
                standing(company, i.date().getYear(), null), findings);
    }
}
