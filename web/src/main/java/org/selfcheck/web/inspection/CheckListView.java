package org.selfcheck.web.inspection;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selfcheck.company.CompanyService;
import org.selfcheck.inspection.CheckService;
import org.selfcheck.inspection.CheckSummary;
import org.selfcheck.inspection.ComplianceCalendar;
import org.selfcheck.organisation.OrganisationService;
import org.selfcheck.shared.Quarter;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The checks of a year with the compliance calendar; the safety manager or designated leader plans a check here. */
@Named
@ViewScoped
public class CheckListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CheckService checks;

    @EJB
    CompanyService companies;

    @EJB
    OrganisationService organisation;

    @Inject
    Feedback feedback;

    @Inject
    Clock clock;

    private String company;
    private Integer year;
    private SelfCheckException problem;
    private ComplianceCalendar calendar;
    private List<CheckSummary> list = List.of();
    private boolean keeper;

    private LocalDate planDate;
    private String planScope;

    public void load() {
        try {
            if (company == null || company.isBlank()) {
                company = companies.ownCreditCode();
                companies.mine();
                keeper = organisation.permissions().keepGroup();
            }
            LocalDate today = Quarter.today(clock);
            if (year == null) {
                year = today.getYear();
            }
            planDate = today;
            refresh();
        } catch (SelfCheckException e) {
            problem = e;
        }
    }

    private void refresh() {
        calendar = checks.calendar(company, year);
        list = checks.list(company, year);
    }

    /** Plans a check and opens it. */
    public void plan() throws IOException {
        try {
            CheckSummary planned = checks.plan(planDate, planScope);
            FacesContext.getCurrentInstance().getExternalContext()
                    .redirect(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                            + "/checks/" + planned.id());
        } catch (SelfCheckException e) {
            feedback.refused(e, "planForm");
        }
    }

    public String getProblemText() {
        return problem == null ? null : feedback.describe(problem);
    }

    public boolean isKeeper() {
        return keeper;
    }

    public ComplianceCalendar getCalendar() {
        return calendar;
    }

    public List<CheckSummary> getList() {
        return list;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getPlanDate() {
        return planDate;
    }

    public void setPlanDate(LocalDate planDate) {
        this.planDate = planDate;
    }

    public String getPlanScope() {
        return planScope;
    }

    public void setPlanScope(String planScope) {
        this.planScope = planScope;
    }
}
