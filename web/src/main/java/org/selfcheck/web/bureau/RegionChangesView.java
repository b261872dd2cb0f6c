package org.selfcheck.web.bureau;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selfcheck.company.RegionChange;
import org.selfcheck.company.RegionChangeService;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The competent bureau's open region change requests: a company of its jurisdiction asks to move its production site;
 * the officer (or an admin) approves, or rejects with a reason the company sees. Only an approval moves the site.
 */
@Named
@ViewScoped
public class RegionChangesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RegionChangeService changes;

    @Inject
    Feedback feedback;

    private List<RegionChange> list;
    private final Map<Long, String> notes = new HashMap<>();
    private SelfCheckException problem;

    public void load() {
        if (list == null && problem == null) {
            show();
        }
    }

    private void show() {
        try {
            list = changes.pending();
        } catch (SelfCheckException e) {
            problem = e;
            list = List.of();
        }
    }

    public void approve(RegionChange r) {
        decide(r, true, "regionChange.approved");
    }

    public void reject(RegionChange r) {
        decide(r, false, "regionChange.rejected");
    }

    private void decide(RegionChange r, boolean approve, String done) {
        try {
            changes.decide(r.id(), approve, notes.get(r.id()));
            notes.remove(r.id());
            feedback.info(done);
            show();
        } catch (SelfCheckException e) {
            // the note's message goes next to the note of this row
            feedback.refused(e, "changes:table:" + list.indexOf(r));
        }
    }

    public String time(Instant instant) {
        return feedback.time(instant);
    }

    public List<RegionChange> getList() {
        return list;
    }

    /** The decision note typed beside each request, by its id. */
    public Map<Long, String> getNotes() {
        return notes;
    }

    public String getProblemText() {
        return problem == null ? null : feedback.describe(problem);
    }
}
