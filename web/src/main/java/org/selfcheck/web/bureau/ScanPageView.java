package org.selfcheck.web.bureau;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selfcheck.bureau.ScanView;
import org.selfcheck.bureau.SpotCheckService;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

import java.io.Serializable;

/**
 * 扫码入企 ({@code /scan/{creditCode}}, the address of the company's printed QR code): for an officer of the company's
 * jurisdiction its inspections this year against its cap and its self-check compliance; anyone else sees nothing.
 */
@Named
@ViewScoped
public class ScanPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SpotCheckService inspections;

    @Inject
    Feedback feedback;

    private String id;
    private ScanView scan;
    private String problem;

    public void load() {
        try {
            scan = inspections.scan(id);
        } catch (SelfCheckException e) {
            problem = feedback.describe(e);
        } catch (jakarta.ejb.EJBAccessException e) {
            // not a bureau officer: nothing to see
            problem = feedback.message("access.denied");
        }
    }

    public ScanView getScan() {
        return scan;
    }

    public String getProblemText() {
        return problem;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
