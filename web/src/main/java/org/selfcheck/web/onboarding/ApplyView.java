package org.selfcheck.web.onboarding;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.selfcheck.company.CompanyProfileInput;
import org.selfcheck.company.SpecialField;
import org.selfcheck.company.StandardisationGrade;
import org.selfcheck.onboarding.ApplicationDetails;
import org.selfcheck.onboarding.ApplicationInput;
import org.selfcheck.onboarding.OnboardingService;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The public application page (no login): a company gives its profile, its standardisation certificate, its safety
 * manager and its business licence; the service checks everything at once and stores all of it or nothing.
 */
@Named
@ViewScoped
public class ApplyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OnboardingService onboarding;

    @Inject
    Feedback feedback;

    private String creditCode;
    private String name;
    private String regionCode;
    private String industryCode;
    private String industryName;
    private boolean highRisk;
    private String standardisationGrade = StandardisationGrade.NOT_GRADED.name();
    private String certificateNo;
    private String certificateValidUntil;
    private String address;
    private List<String> specialFields = new ArrayList<>();
    private String managerName;
    private String managerMobile;
    private String managerEmail;
    private transient Part licence;
    private ApplicationDetails submitted;

    public void submit() {
        try {
            byte[] data = null;
            String type = null;
            String fileName = null;
            if (licence != null && licence.getSize() > 0) {
                try (InputStream in = licence.getInputStream()) {
                    data = in.readAllBytes();
                }
                type = licence.getContentType();
                fileName = licence.getSubmittedFileName();
            }
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            submitted = onboarding.apply(new ApplicationInput(new CompanyProfileInput(creditCode, name, regionCode,
                            industryCode, industryName, highRisk, standardisationGrade, address, specialFields, null),
                    certificateNo, certificateValidUntil, managerName, managerMobile, managerEmail),
                    data, type, fileName, request.getRemoteAddr());
        } catch (SelfCheckException e) {
            feedback.refused(e, "apply");
        } catch (IOException e) {
            feedback.refused(InvalidInputException.of("licence", "licence.corrupt",
                    String.valueOf(licence.getSubmittedFileName())), "apply");
        }
    }

    /** Who decides now, and where the answer goes. */
    public String getNextStep() {
        return submitted == null ? null : submitted.bureauName() != null
                ? feedback.text("apply.next", submitted.bureauName(), submitted.managerEmail())
                : feedback.text("apply.nextNoBureau", submitted.managerEmail());
    }

    public StandardisationGrade[] getGrades() {
        return StandardisationGrade.values();
    }

    public SpecialField[] getAllSpecialFields() {
        return SpecialField.values();
    }

    public ApplicationDetails getSubmitted() {
        return submitted;
    }

    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String v) { creditCode = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String v) { regionCode = v; }
    public String getIndustryCode() { return industryCode; }
    public void setIndustryCode(String v) { industryCode = v; }
    public String getIndustryName() { return industryName; }
    public void setIndustryName(String v) { industryName = v; }
    public boolean isHighRisk() { return highRisk; }
    public void setHighRisk(boolean v) { highRisk = v; }
    public String getStandardisationGrade() { return standardisationGrade; }
    public void setStandardisationGrade(String v) { standardisationGrade = v; }
    public String getCertificateNo() { return certificateNo; }
    public void setCertificateNo(String v) { certificateNo = v; }
    public String getCertificateValidUntil() { return certificateValidUntil; }
    public void setCertificateValidUntil(String v) { certificateValidUntil = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public List<String> getSpecialFields() { return specialFields; }
    public void setSpecialFields(List<String> v) { specialFields = v == null ? new ArrayList<>() : v; }
    public String getManagerName() { return managerName; }
    public void setManagerName(String v) { managerName = v; }
    public String getManagerMobile() { return managerMobile; }
    public void setManagerMobile(String v) { managerMobile = v; }
    public String getManagerEmail() { return managerEmail; }
    public void setManagerEmail(String v) { managerEmail = v; }
    public Part getLicence() { return licence; }
    public void setLicence(Part v) { licence = v; }
}
