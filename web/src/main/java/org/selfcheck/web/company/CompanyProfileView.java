package org.selfcheck.web.company;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selfcheck.company.CompanyDetails;
import org.selfcheck.company.CompanyEventDetails;
import org.selfcheck.company.CompanyProfileInput;
import org.selfcheck.company.CompanyService;
import org.selfcheck.company.RegionChange;
import org.selfcheck.company.RegionChangeService;
import org.selfcheck.company.SpecialField;
import org.selfcheck.company.StandardisationGrade;
import org.selfcheck.shared.ConflictException;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.NotFoundException;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The company profile screen: a safety manager registers his company, then keeps its profile up to date. */
@Named
@ViewScoped
public class CompanyProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CompanyService companies;

    @EJB
    RegionChangeService regionChanges;

    @Inject
    Feedback feedback;

    /** The credit code the user's account is bound to: the only company this screen edits. */
    private String ownCreditCode;
    private boolean registered;
    private Long version;
    private String creditCode;
    private String name;
    private String regionCode;
    private String industryCode;
    private String industryName;
    private boolean highRisk;
    private String standardisationGrade = StandardisationGrade.NOT_GRADED.name();
    private String address;
    private List<String> specialFields = new ArrayList<>();
    private List<CompanyEventDetails> history = List.of();
    private List<RegionChange> changes = List.of();
    private String newRegion;
    private String changeReason;

    @PostConstruct
    void load() {
        ownCreditCode = companies.ownCreditCode();
        creditCode = ownCreditCode;
        try {
            show(companies.mine());
        } catch (NotFoundException e) {
            registered = false;
        }
    }

    private void show(CompanyDetails c) {
        registered = true;
        version = c.version();
        creditCode = c.creditCode();
        name = c.name();
        regionCode = c.regionCode();
        industryCode = c.industryCode();
        industryName = c.industryName();
        highRisk = c.highRisk();
        standardisationGrade = c.standardisationGrade().name();
        address = c.address();
        specialFields = new ArrayList<>(c.specialFields().stream().map(Enum::name).toList());
        history = companies.history(c.creditCode());
        changes = regionChanges.mine();
    }

    /** The safety manager asks the competent bureau to move the production site. */
    public void requestRegionChange() {
        try {
            regionChanges.request(newRegion, changeReason);
            newRegion = null;
            changeReason = null;
            changes = regionChanges.mine();
            feedback.info("regionChange.requested");
        } catch (SelfCheckException e) {
            feedback.refused(e, "region");
        }
    }

    public void withdrawRegionChange(RegionChange r) {
        try {
            regionChanges.withdraw(r.id());
            changes = regionChanges.mine();
            feedback.info("regionChange.withdrawn");
        } catch (SelfCheckException e) {
            feedback.refused(e, "region");
        }
    }

    /** The open request, if any: while it waits, no second one can be made. */
    public RegionChange getPendingChange() {
        return changes.stream().filter(RegionChange::pending).findFirst().orElse(null);
    }

    public List<RegionChange> getRegionChanges() {
        return changes;
    }

    public String getNewRegion() {
        return newRegion;
    }

    public void setNewRegion(String newRegion) {
        this.newRegion = newRegion;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public void setChangeReason(String changeReason) {
        this.changeReason = changeReason;
    }

    public void save() {
        try {
            CompanyService.SaveResult result = companies.save(ownCreditCode, new CompanyProfileInput(
                    creditCode, name, regionCode, industryCode, industryName, highRisk, standardisationGrade,
                    address, specialFields, version));
            show(result.company());
            feedback.info(result.registered() ? "company.registered" : "company.saved");
        } catch (InvalidInputException | ConflictException e) {
            feedback.refused(e, "profile");
        }
    }

    /** Times as users read them (records are read with method calls: EL 5 has no record properties). */
    public String format(Instant instant) {
        return feedback.time(instant);
    }

    public SpecialField[] getAllSpecialFields() {
        return SpecialField.values();
    }

    public List<String> getSpecialFields() {
        return specialFields;
    }

    public void setSpecialFields(List<String> specialFields) {
        this.specialFields = specialFields;
    }

    public StandardisationGrade[] getGrades() {
        return StandardisationGrade.values();
    }

    public boolean isRegistered() {
        return registered;
    }

    public List<CompanyEventDetails> getHistory() {
        return history;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getIndustryCode() {
        return industryCode;
    }

    public void setIndustryCode(String industryCode) {
        this.industryCode = industryCode;
    }

    public String getIndustryName() {
        return industryName;
    }

    public void setIndustryName(String industryName) {
        this.industryName = industryName;
    }

    public boolean isHighRisk() {
        return highRisk;
    }

    public void setHighRisk(boolean highRisk) {
        this.highRisk = highRisk;
    }

    public String getStandardisationGrade() {
        return standardisationGrade;
    }

    public void setStandardisationGrade(String standardisationGrade) {
        this.standardisationGrade = standardisationGrade;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
