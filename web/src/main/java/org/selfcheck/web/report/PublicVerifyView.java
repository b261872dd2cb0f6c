package org.selfcheck.web.report;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selfcheck.report.ReportService;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

/**
 * The page a printed report's QR code opens, without a login: the digest printed on the report, who signed it, when,
 * and whether the seal still holds. Nothing else of the report is shown.
 */
@Named
@RequestScoped
public class PublicVerifyView {

    @EJB
    ReportService reports;

    @Inject
    Feedback feedback;

    private String digest;
    private ReportService.PublicVerification result;
    private String problem;

    public void load() {
        try {
            result = reports.verifyPublicly(digest);
        } catch (SelfCheckException e) {
            problem = feedback.describe(e);
        }
    }

    public String time(java.time.Instant instant) {
        return feedback.time(instant);
    }

    public String getDigest() {
        return digest;
    }

    public void setDigest(String digest) {
        this.digest = digest;
    }

    public ReportService.PublicVerification getResult() {
        return result;
    }

    public String getProblem() {
        return problem;
    }
}
