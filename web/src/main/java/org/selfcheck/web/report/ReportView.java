package org.selfcheck.web.report;

import jakarta.ejb.EJB;
import org.selfcheck.filing.FilingService;
import org.selfcheck.filing.FilingView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selfcheck.report.QuarterlyReport;
import org.selfcheck.report.ReportDiff;
import org.selfcheck.report.ReportAction;
import org.selfcheck.report.ReportDocument;
import org.selfcheck.report.ReportRecord;
import org.selfcheck.report.ReportService;
import org.selfcheck.report.seal.Verification;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

import java.io.Serializable;
import java.util.List;
import java.time.Instant;

/** One report version: its content as the official form shows it, submitting, the principal's signature, verification. */
@Named
@ViewScoped
public class ReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReportService reports;

    @EJB
    FilingService filings;

    @Inject
    Feedback feedback;

    private Long id;
    private String signed;
    private SelfCheckException problem;
    private ReportDocument document;
    private Verification verification;
    private ReportService.SigningPreview preview;
    private List<FilingView> filingList = List.of();

    public void load() {
        try {
            document = reports.get(id == null ? -1 : id);
            if (document.summary().status() == ReportRecord.Status.SIGNED) {
                verification = reports.verify(id);
                filingList = filings.ofReport(id);
            }
            if ("report.changed".equals(signed) && document.summary().status() == ReportRecord.Status.SUBMITTED) {
                // the records changed since the principal read the report: he reads the changes and the new content
                preview = reports.preview(id);
            }
            if ("yes".equals(signed)) {
                feedback.info("report.signedNow");
            } else if (signed != null && !signed.isBlank() && !"cancelled".equals(signed)) {
                feedback.refused(new org.selfcheck.shared.AccessDeniedException(signed), "report");
            }
        } catch (SelfCheckException e) {
            problem = e;
        }
    }

    public void submit() throws java.io.IOException {
        try {
            reports.submit(id);
            feedback.info("report.submittedNow");
            reopen();
        } catch (SelfCheckException e) {
            feedback.refused(e, "actions");
        }
    }

    public void refresh() throws java.io.IOException {
        try {
            reports.refresh(id);
            feedback.info("report.refreshed");
            reopen();
        } catch (SelfCheckException e) {
            feedback.refused(e, "actions");
        }
    }

    /** After a change the page is opened again at its permanent link, so that reloading it shows the same report. */
    private void reopen() throws java.io.IOException {
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/reports/" + id);
    }

    /** The content the page shows: what signing would seal now once the records changed, else the stored content. */
    public QuarterlyReport getReport() {
        return preview != null ? preview.content() : document == null ? null : document.report();
    }

    /** The digest of the content shown, which the principal signs by. */
    public String getShownDigest() {
        return preview != null ? preview.digest() : document == null ? null : document.contentDigest();
    }

    public ReportService.SigningPreview getPreview() {
        return preview;
    }

    /** A section's or field's name as people read it; a name the bundle does not know is shown as it is. */
    public String label(String kind, String key) {
        if (key == null) {
            return "";
        }
        String last = key.substring(key.lastIndexOf('.') + 1);
        try {
            return feedback.text("report." + kind + "." + last);
        } catch (java.util.MissingResourceException e) {
            return last;
        }
    }

    /** A changed value as people read it: yes or no, a hazard's or the attendance's state by its name. */
    public String value(ReportDiff.Change c, String v) {
        if (v == null) {
            return feedback.text("report.changedNone");
        }
        if (v.equals("true") || v.equals("false")) {
            return feedback.text(v.equals("true") ? "yes" : "no");
        }
        if ("state".equals(c.field()) && "hazards".equals(c.section())) {
            return feedback.text("hazard.state." + v);
        }
        if ("state".equals(c.field()) && "attendance".equals(c.section())) {
            return feedback.message("pdf.attendance." + v);
        }
        return v;
    }

    public String getStatus() {
        return document == null ? null : document.summary().status().name();
    }

    public String getVerificationText() {
        if (verification == null) {
            return null;
        }
        return feedback.message(verification.valid() ? "report.seal.valid" : verification.problemKey());
    }

    public String join(java.util.List<String> names) {
        return String.join("、", names);
    }

    /** Check dates as the page lists them. */
    public String dates(java.util.List<java.time.LocalDate> dates) {
        return join(dates.stream().map(java.time.LocalDate::toString).toList());
    }

    public String time(Instant instant) {
        return feedback.time(instant);
    }

    public String getProblemText() {
        return problem == null ? null : feedback.describe(problem);
    }

    /** Whether the service allows this user that action on the report now (a {@link ReportAction} name). */
    public boolean can(String action) {
        return document != null && document.actions().contains(ReportAction.valueOf(action));
    }

    public ReportDocument getDocument() {
        return document;
    }

    public Verification getVerification() {
        return verification;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSigned() {
        return signed;
    }

    public void setSigned(String signed) {
        this.signed = signed;
    }

    public List<FilingView> getFilings() {
        return filingList;
    }
}
