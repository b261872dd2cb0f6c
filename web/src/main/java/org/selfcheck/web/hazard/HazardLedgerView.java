package org.selfcheck.web.hazard;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selfcheck.catalogue.CatalogueItemDetails;
import org.selfcheck.company.CompanyService;
import org.selfcheck.hazard.HazardDetails;
import org.selfcheck.hazard.HazardService;
import org.selfcheck.hazard.HazardSource;
import org.selfcheck.hazard.HazardState;
import org.selfcheck.hazard.LedgerEntry;
import org.selfcheck.organisation.OrganisationService;
import org.selfcheck.shared.Quarter;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hazard ledger (隐患排查治理台账): filters, the Excel export, and reporting a hazard found outside a check, with
 * the item of the judgment standards it matches chosen from those that apply to the company.
 */
@Named
@ViewScoped
public class HazardLedgerView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longer item texts are cut here in the picker; the hazard's page shows the whole text. */
    static final int SHOWN_TEXT = 40;

    @EJB
    HazardService hazards;

    @EJB
    CompanyService companies;

    @EJB
    OrganisationService organisation;

    @Inject
    Feedback feedback;

    @Inject
    Clock clock;

    private String company;
    private SelfCheckException problem;
    private boolean keeper;
    private List<LedgerEntry> entries = List.of();

    private String state;
    private String quarter;
    private String overdue;
    private String qualified;
    private String selfFound;

    private String source = HazardSource.DAILY.name();
    private String description;
    private LocalDate foundOn;
    private String foundBy;
    private Long itemId;
    private List<SelectItem> items = List.of();

    public void load() {
        try {
            if (company == null || company.isBlank()) {
                company = companies.ownCreditCode();
                companies.mine();
                keeper = organisation.permissions().keepGroup();
                if (keeper) {
                    items = grouped(hazards.reportableItems(company));
                }
            }
            foundOn = Quarter.today(clock);
            search();
        } catch (SelfCheckException e) {
            problem = e;
        }
    }

    public void search() {
        try {
            entries = hazards.ledger(company, filter());
        } catch (SelfCheckException e) {
            feedback.refused(e, "filters");
        }
    }

    private HazardService.Filter filter() {
        return HazardService.Filter.of(state == null || state.isBlank() ? null : HazardState.valueOf(state), quarter,
                bool(overdue), bool(qualified), bool(selfFound));
    }

    private static Boolean bool(String v) {
        return v == null || v.isBlank() ? null : Boolean.valueOf(v);
    }

    /** The export link with the current filters. */
    public String getExportUrl() {
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/api/hazards/export?company=").append(company);
        append(url, "state", state);
        append(url, "quarter", quarter);
        append(url, "overdue", overdue);
        append(url, "qualified", qualified);
        append(url, "selfFound", selfFound);
        return url.toString();
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.append('&').append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    public void report() throws IOException {
        try {
            HazardDetails created = hazards.report(HazardSource.valueOf(source), description, foundOn, foundBy, itemId);
            FacesContext.getCurrentInstance().getExternalContext().redirect(FacesContext.getCurrentInstance()
                    .getExternalContext().getRequestContextPath() + "/hazards/" + created.hazard().id());
        } catch (SelfCheckException e) {
            feedback.refused(e, "reportForm");
        }
    }

    /** The items grouped by standard and article (an option group each), each shown as its article, item and text. */
    private List<SelectItem> grouped(List<CatalogueItemDetails> catalogueItems) {
        Map<String, List<SelectItem>> byArticle = new LinkedHashMap<>();
        for (CatalogueItemDetails i : catalogueItems) {
            String group = i.standardCode() + " " + i.article() + (i.subject() == null ? "" : " " + i.subject());
            byArticle.computeIfAbsent(group, g -> new ArrayList<>()).add(new SelectItem(i.id(), label(i)));
        }
        List<SelectItem> groups = new ArrayList<>();
        byArticle.forEach((label, options) -> {
            SelectItemGroup group = new SelectItemGroup(label);
            group.setSelectItems(options.toArray(SelectItem[]::new));
            groups.add(group);
        });
        return groups;
    }

    /** As people cite an item: 第十一条(一) 干式除尘系统未采取泄爆、惰化、抑爆等任一种爆炸防控措施的 (cut when long). */
    private String label(CatalogueItemDetails item) {
        String text = item.text() == null ? feedback.text("catalogue.missingText") : item.text();
        if (text.length() > SHOWN_TEXT) {
            text = text.substring(0, SHOWN_TEXT) + "…";
        }
        return item.article() + item.itemNo() + " " + text;
    }

    public HazardState[] getStates() {
        return HazardState.values();
    }

    public String getProblemText() {
        return problem == null ? null : feedback.describe(problem);
    }

    public boolean isKeeper() {
        return keeper;
    }

    public List<LedgerEntry> getEntries() {
        return entries;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }

    public String getOverdue() {
        return overdue;
    }

    public void setOverdue(String overdue) {
        this.overdue = overdue;
    }

    public String getSelfFound() {
        return selfFound;
    }

    public void setSelfFound(String selfFound) {
        this.selfFound = selfFound;
    }

    public String getQualified() {
        return qualified;
    }

    public void setQualified(String qualified) {
        this.qualified = qualified;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getFoundOn() {
        return foundOn;
    }

    public void setFoundOn(LocalDate foundOn) {
        this.foundOn = foundOn;
    }

    public String getFoundBy() {
        return foundBy;
    }

    public void setFoundBy(String foundBy) {
        this.foundBy = foundBy;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    /** The items the report may name, grouped by standard and article. */
    public List<SelectItem> getItems() {
        return items;
    }
}
