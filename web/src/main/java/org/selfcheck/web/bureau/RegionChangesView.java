package org.selfcheck.web.bureau;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.selfcheck.company.RegionChange;
import org.selfcheck.company.RegionChangeService;

import java.util.List;

/**
 * The competent bureau's open region change requests: a company of its jurisdiction asks to move its production site;
 * the officer (or an admin) approves, or rejects with a reason the company sees. Only an approval moves the site.
 */
@Named
@ViewScoped
public class RegionChangesView extends PendingDecisionsView<RegionChange> {

    private static final long serialVersionUID = 1L;

    @EJB
    RegionChangeService changes;

    @Override
    protected List<RegionChange> pending() {
        return changes.pending();
    }

    @Override
    protected long id(RegionChange request) {
        return request.id();
    }

    @Override
    protected void decide(long id, boolean approve, String note) {
        changes.decide(id, approve, note);
    }

    @Override
    protected String tableId() {
        return "changes:table";
    }

    @Override
    protected String doneKey(boolean approve) {
        return approve ? "regionChange.approved" : "regionChange.rejected";
    }
}
