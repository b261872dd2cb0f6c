package org.selfcheck.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.selfcheck.company.CompanyDetails;
import org.selfcheck.company.CompanyService;
import org.selfcheck.organisation.OrganisationService;
import org.selfcheck.organisation.OrganisationSnapshot;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.SelfCheckException;

/** The company dashboard for enterprise users: the company, and today's organisation with its composition check. */
@Named
@RequestScoped
public class HomeView {

    @EJB
    CompanyService companies;

    @EJB
    OrganisationService organisation;

    private CompanyDetails company;
    private OrganisationSnapshot today;

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
        } catch (SelfCheckException e) {
            // not registered yet: the dashboard offers registration
            company = null;
        }
    }

    public CompanyDetails getCompany() {
        return company;
    }

    public OrganisationSnapshot getToday() {
        return today;
    }
}
