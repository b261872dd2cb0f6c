package org.selfcheck.web.bureau;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selfcheck.bureau.BureauInbox;
import org.selfcheck.bureau.InboxEntry;
import org.selfcheck.filing.FilingKind;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The bureau's inbox of filings received from its jurisdiction: filter, open as filed, mark reviewed. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    BureauInbox inbox;

    @Inject
    Feedback feedback;

    private String county;
    private FilingKind kind;
    private Boolean reviewed = Boolean.FALSE;
    private List<InboxEntry> list = List.of();
    private SelfCheckException problem;

    public void load() {
        if (problem == null && list.isEmpty()) {
            show();
        }
    }

    public void show() {
        try {
            list = inbox.list(new BureauInbox.Filter(null, county, null, kind, reviewed));
        } catch (org.selfcheck.shared.InvalidInputException e) {
            feedback.refused(e, "filter");
        } catch (SelfCheckException e) {
            problem = e;
        }
    }

    /** The filing as filed, with its digest checked again. */
    public BureauInbox.Opened open(InboxEntry e) {
        return inbox.open(UUID.fromString(e.filingId()));
    }

    public void review(InboxEntry e) {
        try {
            inbox.review(UUID.fromString(e.filingId()));
            feedback.info("inbox.reviewedBy");
        } catch (SelfCheckException ex) {
            feedback.refused(ex, "inbox");
        }
        show();
    }

    public String time(Instant instant) {
        return feedback.time(instant);
    }

    public FilingKind[] getKinds() {
        return FilingKind.values();
    }

    public String getProblemText() {
        return problem == null ? null : feedback.describe(problem);
    }

    public List<InboxEntry> getList() {
        return list;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public FilingKind getKind() {
        return kind;
    }

    public void setKind(FilingKind kind) {
        this.kind = kind;
    }

    public Boolean getReviewed() {
        return reviewed;
    }

    public void setReviewed(Boolean reviewed) {
        this.reviewed = reviewed;
    }
}
