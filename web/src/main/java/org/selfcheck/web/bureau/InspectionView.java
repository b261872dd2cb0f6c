package org.selfcheck.web.bureau;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selfcheck.bureau.InspectionCaps;
import org.selfcheck.bureau.InspectionDetails;
import org.selfcheck.bureau.InspectionRequest;
import org.selfcheck.bureau.InspectionType;
import org.selfcheck.bureau.SpotCheckService;
import org.selfcheck.bureau.spotcheck.Reason;
import org.selfcheck.catalogue.CatalogueItemDetails;
import org.selfcheck.catalogue.CatalogueService;
import org.selfcheck.company.CompanyDetails;
import org.selfcheck.company.CompanyService;
import org.selfcheck.shared.Quarter;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * An officer records a bureau inspection (抽查) of a company of his jurisdiction with its findings, sees each finding
 * judged against the company's self-reports (不予处罚 recommended, or 一案双罚 with the 责任倒查 list), and confirms the
 * record. The outcomes are recommendations, never a penalty decision.
 */
@Named
@ViewScoped
public class InspectionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SpotCheckService inspections;

    @EJB
    CompanyService companies;

    @EJB
    CatalogueService catalogue;

    @Inject
    Feedback feedback;

    @Inject
    Clock clock;

    private String company;
    private Long id;
    private SelfCheckException problem;
    private CompanyDetails details;
    private boolean movedAway;
    private InspectionCaps.Standing standing;
    private List<CatalogueItemDetails> items = List.of();
    private LocalDate date;
    private LocalTime time;
    private InspectionType type = InspectionType.PLANNED;
    private String officers;
    private String exemptionReason;
    private final List<FindingRow> findings = new ArrayList<>();
    private InspectionDetails recorded;
    private List<InspectionDetails> history = List.of();

    /** One finding being entered. */
    public static class FindingRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private Long itemId;
        private String location;
        private String description;

        public Long getItemId() {
            return itemId;
        }

        public void setItemId(Long itemId) {
            this.itemId = itemId;
        }

        public String getLocation() {
            return location;
        }

        public void setLocation(String location) {
            this.location = location;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    public void load() {
        if (details != null || problem != null || movedAway) {
            return;
        }
        try {
            if (id != null) {
                // a recorded inspection, by its permanent link /inspections/{id}
                recorded = inspections.get(id);
                company = recorded.creditCode();
                if (!companies.readable(company)) {
                    // the site has since moved to another jurisdiction: the inspection stays readable here, nothing more
                    movedAway = true;
                    history = inspections.ofCompany(company, Quarter.today(clock).getYear());
                    standing = recorded.standing();
                    return;
                }
            }
            details = companies.get(company == null ? "" : company.strip());
            history = inspections.ofCompany(details.creditCode(), Quarter.today(clock).getYear());
            standing = inspections.standing(details.creditCode(), InspectionType.PLANNED);
            items = catalogue.checklist(details.industryCode(),
                    details.specialFields().isEmpty() ? EnumSet.noneOf(org.selfcheck.company.SpecialField.class)
                            : EnumSet.copyOf(details.specialFields()));
            date = Quarter.today(clock);
            time = LocalTime.now(clock.withZone(Quarter.ZONE)).truncatedTo(ChronoUnit.MINUTES);
            findings.add(new FindingRow());
        } catch (SelfCheckException e) {
            problem = e;
        }
    }

    public void addFinding() {
        findings.add(new FindingRow());
    }

    public void removeFinding(FindingRow row) {
        findings.remove(row);
    }

    public void record() {
        try {
            List<InspectionRequest.FindingRequest> list = findings.stream()
                    .filter(f -> f.itemId != null || (f.location != null && !f.location.isBlank()) || (f.description != null && !f.description.isBlank()))
                    .map(f -> new InspectionRequest.FindingRequest(f.itemId, f.location, f.description)).toList();
            recorded = inspections.record(new InspectionRequest(details.creditCode(), date, time, type, officers, exemptionReason, list));
            standing = inspections.standing(details.creditCode(), InspectionType.PLANNED);
            feedback.info("inspection.recorded");
        } catch (SelfCheckException e) {
            feedback.refused(e, "inspection");
        }
    }

    public void confirm() {
        try {
            recorded = inspections.confirm(recorded.id());
            feedback.info("inspection.confirmedNow");
        } catch (SelfCheckException e) {
            feedback.refused(e, "result");
        }
    }

    /** The reason of an outcome in words. */
    public String reason(InspectionDetails.FindingView f) {
        return feedback.message(Reason.valueOf(f.reason()).messageKey());
    }

    /**
     * What the 责任倒查 list could not name, as sentences: 未登记内部安全检查组 and the like, and the principal the company
     * records now when none was recorded for the period. Empty for a finding not penalised (and for judgments stored
     * before these were kept).
     */
    public List<String> notOnRecord(InspectionDetails.FindingView f) {
        jakarta.json.JsonObject j = f.judgment();
        List<String> lines = new ArrayList<>();
        if (j.containsKey("notOnRecord") && !j.isNull("notOnRecord")) {
            for (jakarta.json.JsonString role : j.getJsonArray("notOnRecord").getValuesAs(jakarta.json.JsonString.class)) {
                lines.add(feedback.text("inspection.notOnRecord." + role.getString()));
            }
        }
        if (j.containsKey("principalNow") && !j.isNull("principalNow")) {
            lines.add(feedback.text("inspection.principalNow", j.getString("principalNow")));
        }
        return lines;
    }

    public String itemLabel(CatalogueItemDetails item) {
        String text = item.text() == null ? "" : item.text();
        return item.reference() + " " + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }

    public String getProblemText() {
        return problem == null ? null : feedback.describe(problem);
    }

    public InspectionType[] getTypes() {
        return InspectionType.values();
    }

    /** The company's inspections this year, newest first, each opened by its permanent link. */
    public List<InspectionDetails> getHistory() {
        return history;
    }

    /** Whether the company's site has moved out of the jurisdiction since this inspection (read only then). */
    public boolean isMovedAway() {
        return movedAway;
    }

    public String getCompanyName() {
        return details != null ? details.name() : recorded == null ? null : recorded.companyName();
    }

    public String getCreditCode() {
        return details != null ? details.creditCode() : recorded == null ? null : recorded.creditCode();
    }

    /** The site's region: now, or (moved away) where it lay when this jurisdiction inspected it. */
    public String getRegionCode() {
        return details != null ? details.regionCode() : recorded == null ? null : recorded.regionCode();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public CompanyDetails getDetails() {
        return details;
    }

    public InspectionCaps.Standing getStanding() {
        return standing;
    }

    public List<CatalogueItemDetails> getItems() {
        return items;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public InspectionType getType() {
        return type;
    }

    public void setType(InspectionType type) {
        this.type = type;
    }

    public String getOfficers() {
        return officers;
    }

    public void setOfficers(String officers) {
        this.officers = officers;
    }

    public String getExemptionReason() {
        return exemptionReason;
    }

    public void setExemptionReason(String exemptionReason) {
        this.exemptionReason = exemptionReason;
    }

    public List<FindingRow> getFindings() {
        return findings;
    }

    public InspectionDetails getRecorded() {
        return recorded;
    }
}
