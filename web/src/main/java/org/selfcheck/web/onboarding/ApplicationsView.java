package org.selfcheck.web.onboarding;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.selfcheck.onboarding.ApplicationDetails;
import org.selfcheck.onboarding.OnboardingService;
import org.selfcheck.web.bureau.PendingDecisionsView;

import java.util.List;

/**
 * The competent bureau's pending applications: the officer compares each with its business licence and approves it
 * (the company is registered and its safety manager gets an account) or rejects it with a reason the applicant is mailed.
 */
@Named
@ViewScoped
public class ApplicationsView extends PendingDecisionsView<ApplicationDetails> {

    private static final long serialVersionUID = 1L;

    @EJB
    OnboardingService onboarding;

    @Override
    protected List<ApplicationDetails> pending() {
        return onboarding.pending();
    }

    @Override
    protected long id(ApplicationDetails application) {
        return application.id();
    }

    @Override
    protected void decide(long id, boolean approve, String reason) {
        onboarding.decide(id, approve, reason);
    }

    @Override
    protected String tableId() {
        return "applications:table";
    }

    @Override
    protected String doneKey(boolean approve) {
        return approve ? "application.approvedNotice" : "application.rejectedNotice";
    }
}
