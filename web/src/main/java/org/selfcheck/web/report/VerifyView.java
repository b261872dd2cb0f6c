package org.selfcheck.web.report;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selfcheck.report.ReportService;
import org.selfcheck.report.seal.Verification;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

import java.io.Serializable;

/**
 * Verifies a report: a stored one by its id, or a document someone holds (its content as JSON and the JWS that
 * came with it, e.g. from {@code GET /api/reports/{id}}), against the portal's key.
 */
@Named
@ViewScoped
public class VerifyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReportService reports;

    @Inject
    Feedback feedback;

    private Long reportId;
    private String content;
    private String jws;
    private Verification result;

    public void byId() {
        try {
            result = reportId == null ? null : reports.verify(reportId);
        } catch (SelfCheckException e) {
            result = null;
            feedback.refused(e, "byId");
        }
    }

    public void byDocument() {
        try {
            result = reports.verifyDocument(content, jws);
        } catch (SelfCheckException e) {
            result = null;
            feedback.refused(e, "byDocument");
        }
    }

    public String getResultText() {
        return result == null ? null : feedback.message(result.valid() ? "report.seal.valid" : result.problemKey());
    }

    public Verification getResult() {
        return result;
    }

    public Long getReportId() {
        return reportId;
    }

    public void setReportId(Long reportId) {
        this.reportId = reportId;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getJws() {
        return jws;
    }

    public void setJws(String jws) {
        this.jws = jws;
    }
}
