package org.selfcheck.web.filing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selfcheck.filing.BureauEntry;
import org.selfcheck.filing.BureauService;
import org.selfcheck.filing.BureauValues;
import org.selfcheck.filing.FilingKind;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Admins keep the bureau directory: add a bureau, change one, deactivate it (bureaus are never deleted). */
@Named
@ViewScoped
public class BureauDirectoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    BureauService bureaus;

    @Inject
    Feedback feedback;

    private List<BureauEntry> directory = List.of();
    private Long editingId;
    private Long version;
    private String name;
    private String jurisdiction;
    private String intakeUrl;
    private String receiptKeysUrl;
    private String contact;
    private List<String> wants = new ArrayList<>(List.of(FilingKind.REPORT.name(), FilingKind.HAZARD.name(), FilingKind.MILESTONE.name()));
    private boolean active = true;

    @PostConstruct
    void load() {
        directory = bureaus.directory();
    }

    public void newBureau() {
        editingId = null;
        version = null;
        name = null;
        jurisdiction = null;
        intakeUrl = null;
        receiptKeysUrl = null;
        contact = null;
        wants = new ArrayList<>(List.of(FilingKind.REPORT.name(), FilingKind.HAZARD.name(), FilingKind.MILESTONE.name()));
        active = true;
    }

    public void edit(BureauEntry b) {
        editingId = b.id();
        version = b.version();
        name = b.name();
        jurisdiction = b.jurisdiction();
        intakeUrl = b.intakeUrl();
        receiptKeysUrl = b.receiptKeysUrl();
        contact = b.contact();
        wants = new ArrayList<>(b.wants().stream().map(Enum::name).sorted().toList());
        active = b.active();
    }

    public void save() {
        try {
            BureauValues values = BureauValues.of(name, jurisdiction, intakeUrl, receiptKeysUrl, "HTTP", contact, wants, active);
            if (editingId == null) {
                bureaus.add(values);
            } else {
                bureaus.update(editingId, values, version);
            }
            directory = bureaus.directory();
            feedback.info("bureaus.saved");
        } catch (SelfCheckException e) {
            feedback.refused(e, "bureauForm");
        }
    }

    public FilingKind[] getKinds() {
        return FilingKind.values();
    }

    public List<BureauEntry> getDirectory() {
        return directory;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public String getIntakeUrl() {
        return intakeUrl;
    }

    public void setIntakeUrl(String intakeUrl) {
        this.intakeUrl = intakeUrl;
    }

    public String getReceiptKeysUrl() {
        return receiptKeysUrl;
    }

    public void setReceiptKeysUrl(String receiptKeysUrl) {
        this.receiptKeysUrl = receiptKeysUrl;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public List<String> getWants() {
        return wants;
    }

    public void setWants(List<String> wants) {
        this.wants = wants;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
