package org.selfcheck.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.selfcheck.company.CompanyDetails;
import org.selfcheck.company.CompanyService;
import org.selfcheck.inspection.CheckService;
import org.selfcheck.inspection.ComplianceCalendar;
import org.selfcheck.organisation.OrganisationService;
import org.selfcheck.report.ReportDue;
import org.selfcheck.report.ReportService;
import org.selfcheck.organisation.OrganisationSnapshot;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.SelfCheckException;

/** The company dashboard for enterprise users: the compliance calendar first, then today's organisation with its composition check. */
@Named
@RequestScoped
public class HomeView {

    @EJB
    CompanyService companies;

    @EJB
    OrganisationService organisation;

    @EJB
    CheckService checks;

    @EJB
    ReportService reports;

    private CompanyDetails company;
    private OrganisationSnapshot today;
    private ComplianceCalendar calendar;
    private ReportDue reportDue;

    @PostConstruct
    void load() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        if (!(external.isUserInRole(Roles.SAFETY_MANAGER) || external.isUserInRole(Roles.PRINCIPAL)
                || external.isUserInRole(Roles.GROUP_MEMBER))) {
            return;
        }
        try {
            company = companies.mine();
            today = organisation.snapshot(company.creditCode(), null);
            calendar = checks.calendar(company.creditCode(), today.date().getYear());
            reportDue = reports.due(company.creditCode());
        } catch (SelfCheckException e) {
            // not registered yet: the dashboard offers registration
            company = null;
        }
    }

    public CompanyDetails getCompany() {
        return company;
    }

    public ReportDue getReportDue() {
        return reportDue;
    }

    public ComplianceCalendar getCalendar() {
        return calendar;
    }

    public OrganisationSnapshot getToday() {
        return today;
    }
}
