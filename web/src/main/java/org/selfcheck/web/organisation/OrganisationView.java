package org.selfcheck.web.organisation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selfcheck.company.CompanyService;
import org.selfcheck.organisation.CategoryCoverage;
import org.selfcheck.organisation.Coverage;
import org.selfcheck.organisation.Explanation;
import org.selfcheck.organisation.GroupCategory;
import org.selfcheck.organisation.OrganisationService;
import org.selfcheck.organisation.OrganisationSnapshot;
import org.selfcheck.organisation.Permissions;
import org.selfcheck.organisation.Position;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The organisation overview: principal, designated leader and group as people cards by category, on any
 * date; the composition check with its reasons; the principal's appointment dialog.
 */
@Named
@ViewScoped
public class OrganisationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OrganisationService organisation;

    @EJB
    CompanyService companies;

    @Inject
    Feedback feedback;

    /** the company shown: the caller's own, or (bureau, admin) the one named by ?company= */
    private String company;
    private LocalDate date;
    private LocalDate today;
    private OrganisationSnapshot snapshot;
    private Permissions permissions = Permissions.READ_ONLY;
    private SelfCheckException problem;

    private Long leaderPersonId;
    private LocalDate leaderStart;
    private String leaderNote;

    private String explainCategory;
    private String explainReason;
    private LocalDate explainStart;

    /** Runs once the view parameters are set. */
    public void load() {
        try {
            if (company == null || company.isBlank()) {
                company = companies.ownCreditCode();
                companies.mine();
            }
            permissions = organisation.permissions();
            refresh();
            today = snapshot.date();
            if (date == null) {
                date = today;
            }
            leaderStart = today;
            explainStart = today;
        } catch (SelfCheckException e) {
            // no company registered yet, or none named for a bureau officer: the page says so
            problem = e;
        }
    }

    /** Shows the organisation on the chosen date. */
    public void refresh() {
        snapshot = organisation.snapshot(company, date);
    }

    public void showToday() {
        date = null;
        refresh();
        date = snapshot.date();
    }

    public void appoint() {
        try {
            if (leaderPersonId == null) {
                throw InvalidInputException.of("personId", "id.required");
            }
            organisation.appointLeader(leaderPersonId, leaderStart, leaderNote);
            feedback.info("organisation.leaderAppointed");
            leaderPersonId = null;
            leaderNote = null;
            afterChange();
        } catch (SelfCheckException e) {
            feedback.refused(e, "appointForm");
        }
    }

    public void explain() {
        try {
            organisation.explain(explainCategory == null ? null : GroupCategory.valueOf(explainCategory), explainReason, explainStart);
            feedback.info("organisation.explained");
            explainReason = null;
            afterChange();
        } catch (SelfCheckException e) {
            feedback.refused(e, "explainForm");
        }
    }

    /** Withdraws a reason (e.g. the union was founded): today is the last day it holds. */
    public void withdraw(Explanation explanation) {
        try {
            organisation.endExplanation(explanation.id(), today);
            feedback.info("organisation.withdrawn");
            afterChange();
        } catch (SelfCheckException e) {
            feedback.refused(e, "overview");
        }
    }

    /** A change is seen today: the page returns to today and to what the caller may now do. */
    private void afterChange() {
        date = today;
        permissions = organisation.permissions();
        refresh();
    }

    /** Today's leadership members who may be designated: not the principal, not already the leader. */
    public List<Position> getLeaderCandidates() {
        if (snapshot == null) {
            return List.of();
        }
        Long principal = snapshot.principal() == null ? null : snapshot.principal().person().id();
        Long leader = snapshot.leader() == null ? null : snapshot.leader().person().id();
        return snapshot.leadership().stream()
                .filter(p -> !Objects.equals(p.person().id(), principal) && !Objects.equals(p.person().id(), leader))
                .toList();
    }

    /** The named categories without a member today: those a reason can be recorded for. */
    public List<GroupCategory> getExplainableCategories() {
        if (snapshot == null) {
            return List.of();
        }
        return snapshot.composition().stream()
                .filter(c -> c.coverage() == Coverage.MISSING || c.coverage() == Coverage.EXPLAINED)
                .map(CategoryCoverage::category).toList();
    }

    public boolean isViewingToday() {
        return date != null && date.equals(today);
    }

    /** Why there is nothing to show (message key), or null. */
    public String getProblem() {
        return problem == null ? null : problem.messageKey();
    }

    public String getProblemText() {
        return problem == null ? null : feedback.describe(problem);
    }

    public OrganisationSnapshot getSnapshot() {
        return snapshot;
    }

    public Permissions getPermissions() {
        return permissions;
    }

    public LocalDate getToday() {
        return today;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Long getLeaderPersonId() {
        return leaderPersonId;
    }

    public void setLeaderPersonId(Long leaderPersonId) {
        this.leaderPersonId = leaderPersonId;
    }

    public LocalDate getLeaderStart() {
        return leaderStart;
    }

    public void setLeaderStart(LocalDate leaderStart) {
        this.leaderStart = leaderStart;
    }

    public String getLeaderNote() {
        return leaderNote;
    }

    public void setLeaderNote(String leaderNote) {
        this.leaderNote = leaderNote;
    }

    public String getExplainCategory() {
        return explainCategory;
    }

    public void setExplainCategory(String explainCategory) {
        this.explainCategory = explainCategory;
    }

    public String getExplainReason() {
        return explainReason;
    }

    public void setExplainReason(String explainReason) {
        this.explainReason = explainReason;
    }

    public LocalDate getExplainStart() {
        return explainStart;
    }

    public void setExplainStart(LocalDate explainStart) {
        this.explainStart = explainStart;
    }
}
