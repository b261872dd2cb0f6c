package org.selfcheck.web.filing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selfcheck.company.CompanyService;
import org.selfcheck.filing.FilingService;
import org.selfcheck.filing.FilingView;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

import java.io.Serializable;
import java.util.List;

/** The company's filings with the bureau: each with its status and, once delivered, the bureau's receipt. */
@Named
@ViewScoped
public class FilingListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    FilingService filings;

    @EJB
    CompanyService companies;

    @Inject
    Feedback feedback;

    private String company;
    private SelfCheckException problem;
    private List<FilingView> list = List.of();

    public void load() {
        try {
            if (company == null || company.isBlank()) {
                company = companies.ownCreditCode();
            }
            list = filings.list(company, null, null);
        } catch (SelfCheckException e) {
            problem = e;
        }
    }

    public String getProblemText() {
        return problem == null ? null : feedback.describe(problem);
    }

    public List<FilingView> getList() {
        return list;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }
}
