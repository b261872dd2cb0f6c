package org.selfcheck.web.report;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selfcheck.company.CompanyService;
import org.selfcheck.report.ReportService;
import org.selfcheck.report.ReportSummary;
import org.selfcheck.shared.Quarter;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/** The company's quarterly reports, every version; the safety manager prepares the report of a quarter here. */
@Named
@ViewScoped
public class ReportListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReportService reports;

    @EJB
    CompanyService companies;

    @Inject
    Feedback feedback;

    @Inject
    Clock clock;

    private String company;
    private SelfCheckException problem;
    private List<ReportSummary> list = List.of();
    private String quarter;
    private String correctionNote;

    public void load() {
        try {
            if (company == null || company.isBlank()) {
                company = companies.ownCreditCode();
                companies.mine();
            }
            // the report usually due: the quarter that ended last
            quarter = Quarter.current(clock).previous().toString();
            list = reports.list(company);
        } catch (SelfCheckException e) {
            problem = e;
        }
    }

    public void prepare() throws IOException {
        try {
            ReportSummary r = reports.prepare(quarter, correctionNote);
            FacesContext.getCurrentInstance().getExternalContext().redirect(FacesContext.getCurrentInstance()
                    .getExternalContext().getRequestContextPath() + "/reports/" + r.id());
        } catch (SelfCheckException e) {
            feedback.refused(e, "prepareForm");
        }
    }

    public String time(java.time.Instant instant) {
        return feedback.time(instant);
    }

    public String getProblemText() {
        return problem == null ? null : feedback.describe(problem);
    }

    public List<ReportSummary> getList() {
        return list;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }

    public String getCorrectionNote() {
        return correctionNote;
    }

    public void setCorrectionNote(String correctionNote) {
        this.correctionNote = correctionNote;
    }
}
