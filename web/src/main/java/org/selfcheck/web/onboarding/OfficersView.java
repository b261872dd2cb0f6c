package org.selfcheck.web.onboarding;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selfcheck.onboarding.OfficerDetails;
import org.selfcheck.onboarding.OfficerService;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Officers' accounts, for an admin (everywhere) and a provincial administrator (his province): the new officer's form
 * with the jurisdiction from the region picker, and the officers with their jurisdiction by name, to disable one who
 * left or enable him again.
 */
@Named
@ViewScoped
public class OfficersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient OfficerService officers;

    @Inject
    Feedback feedback;

    private List<OfficerDetails> list;
    private boolean provinceAdmins;
    private SelfCheckException problem;
    private String name;
    private String email;
    private String mobile;
    private String jurisdiction;
    private boolean provinceAdmin;

    public void load() {
        if (list == null && problem == null) {
            try {
                provinceAdmins = officers.makesProvinceAdmins();
                list = officers.list();
            } catch (SelfCheckException e) {
                problem = e;
                list = List.of();
            }
        }
    }

    public void create() {
        try {
            OfficerDetails made = officers.create(name, email, mobile, jurisdiction, provinceAdmin);
            feedback.info("officers.createdNotice", made.name(), made.email());
            name = email = mobile = jurisdiction = null;
            provinceAdmin = false;
            list = officers.list();
        } catch (SelfCheckException e) {
            feedback.refused(e, "officerForm");
        }
    }

    public void setEnabled(OfficerDetails officer, boolean enabled) {
        try {
            officers.setEnabled(officer.accountId(), enabled);
            feedback.info(enabled ? "officers.enabledNotice" : "officers.disabledNotice", officer.name());
            list = officers.list();
        } catch (SelfCheckException e) {
            feedback.refused(e, "officers");
        }
    }

    public String time(Instant instant) {
        return feedback.time(instant);
    }

    public List<OfficerDetails> getList() { return list; }
    public boolean isProvinceAdmins() { return provinceAdmins; }
    public String getProblemText() { return problem == null ? null : feedback.describe(problem); }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getMobile() { return mobile; }
    public void setMobile(String v) { mobile = v; }
    public String getJurisdiction() { return jurisdiction; }
    public void setJurisdiction(String v) { jurisdiction = v; }
    public boolean isProvinceAdmin() { return provinceAdmin; }
    public void setProvinceAdmin(boolean v) { provinceAdmin = v; }
}
