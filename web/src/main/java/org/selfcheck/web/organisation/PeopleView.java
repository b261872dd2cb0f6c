package org.selfcheck.web.organisation;

import jakarta.ejb.EJB;
import org.selfcheck.onboarding.InvitationService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selfcheck.company.CompanyService;
import org.selfcheck.organisation.GroupCategory;
import org.selfcheck.organisation.OrgRole;
import org.selfcheck.organisation.OrganisationHistory;
import org.selfcheck.organisation.OrganisationService;
import org.selfcheck.organisation.OrganisationSnapshot;
import org.selfcheck.organisation.Permissions;
import org.selfcheck.organisation.PersonDetails;
import org.selfcheck.organisation.PersonInput;
import org.selfcheck.organisation.Position;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The people and group editor: the safety manager keeps people, the principal and the leadership team;
 * the safety manager or the designated leader forms the group. Ended terms stay listed as history.
 */
@Named
@ViewScoped
public class PeopleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OrganisationService organisation;

    @EJB
    CompanyService companies;

    @EJB
    InvitationService invitations;

    @Inject
    Feedback feedback;

    private String company;
    private SelfCheckException problem;
    private Permissions permissions = Permissions.READ_ONLY;
    private OrganisationHistory history;
    private OrganisationSnapshot current;

    // the person dialog
    private Long personId;
    private Long personVersion;
    private String name;
    private String position;
    private String phone;
    private String username;
    private boolean external;
    private String employer;

    // appointing a principal or a leadership member
    private Long appointPersonId;
    private String appointRole = OrgRole.LEADERSHIP.name();
    private LocalDate appointStart;

    // adding a group member
    private Long memberPersonId;
    private String memberCategory;
    private String certificateNo;
    private LocalDate memberStart;
    private LocalDate memberEnd;

    // ending a term
    private Long invitePersonId;
    private String inviteName;
    private String inviteEmail;
    private String inviteMobile;
    private boolean inviteAsManager;
    private Long endTermId;
    private LocalDate endDate;

    public void load() {
        try {
            company = companies.ownCreditCode();
            companies.mine();
            refresh();
        } catch (SelfCheckException e) {
            problem = e;
        }
    }

    private void refresh() {
        permissions = organisation.permissions();
        history = organisation.history(company);
        current = organisation.snapshot(company, null);
        LocalDate today = current.date();
        appointStart = today;
        memberStart = today;
        endDate = today;
    }

    public void newPerson() {
        personId = null;
        personVersion = null;
        name = null;
        position = null;
        phone = null;
        username = null;
        external = false;
        employer = null;
    }

    public void edit(PersonDetails p) {
        personId = p.id();
        personVersion = p.version();
        name = p.name();
        position = p.position();
        phone = p.phone();
        username = p.username();
        external = p.external();
        employer = p.employer();
    }

    public void savePerson() {
        try {
            PersonInput input = new PersonInput(name, position, phone, username, external, employer, personVersion);
            if (personId == null) {
                organisation.addPerson(input);
            } else {
                organisation.updatePerson(personId, input);
            }
            feedback.info("people.saved");
            refresh();
        } catch (SelfCheckException e) {
            feedback.refused(e, "personForm");
        }
    }

    public void appoint() {
        try {
            if (appointPersonId == null) {
                throw InvalidInputException.of("personId", "id.required");
            }
            if (OrgRole.PRINCIPAL.name().equals(appointRole)) {
                organisation.setPrincipal(appointPersonId, appointStart);
            } else {
                organisation.addLeadership(appointPersonId, appointStart);
            }
            feedback.info("people.appointed");
            appointPersonId = null;
            refresh();
        } catch (SelfCheckException e) {
            feedback.refused(e, "appointForm");
        }
    }

    public void addMember() {
        try {
            if (memberPersonId == null) {
                throw InvalidInputException.of("personId", "id.required");
            }
            organisation.addMember(memberPersonId, memberCategory == null ? null : GroupCategory.valueOf(memberCategory),
                    certificateNo, memberStart, memberEnd);
            feedback.info("people.memberAdded");
            memberPersonId = null;
            certificateNo = null;
            memberEnd = null;
            refresh();
        } catch (SelfCheckException e) {
            feedback.refused(e, "memberForm");
        }
    }

    public void prepareInvite(PersonDetails p) {
        invitePersonId = p.id();
        inviteName = p.name();
        inviteEmail = null;
        inviteMobile = p.phone() != null && p.phone().matches("1[3-9]\\d{9}") ? p.phone() : null;
        inviteAsManager = false;
    }

    /** Invites the person to log in; the dialog closes once the service took it. */
    public void invite() {
        try {
            InvitationService.Invitation done = invitations.invite(invitePersonId, inviteEmail, inviteMobile, inviteAsManager);
            feedback.info(done.enabled() ? "people.invited" : "people.invitedWithoutRole");
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("invited", true);
            refresh();
        } catch (SelfCheckException e) {
            feedback.refused(e, "inviteForm");
        }
    }

    public String getInviteName() {
        return inviteName;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public String getInviteMobile() {
        return inviteMobile;
    }

    public void setInviteMobile(String inviteMobile) {
        this.inviteMobile = inviteMobile;
    }

    public boolean isInviteAsManager() {
        return inviteAsManager;
    }

    public void setInviteAsManager(boolean inviteAsManager) {
        this.inviteAsManager = inviteAsManager;
    }

    public void prepareEnd(Position term) {
        endTermId = term.termId();
        endDate = current.date();
    }

    public void endTerm() {
        try {
            organisation.endTerm(endTermId, endDate);
            feedback.info("people.ended");
            refresh();
        } catch (SelfCheckException e) {
            feedback.refused(e, "endForm");
        }
    }

    /** Terms that can end: open or with a last day not yet passed, leadership (safety manager) and group (group keepers). */
    public boolean endable(Position term) {
        boolean open = term.end() == null || !term.end().isBefore(current.date());
        return open && (term.role() == OrgRole.LEADERSHIP ? permissions.keepPeople()
                : term.role() == OrgRole.GROUP_MEMBER && permissions.keepGroup());
    }

    public String getProblem() {
        return problem == null ? null : problem.messageKey();
    }

    public String getProblemText() {
        return problem == null ? null : feedback.describe(problem);
    }

    public Permissions getPermissions() {
        return permissions;
    }

    public List<PersonDetails> getPeople() {
        return history == null ? List.of() : history.people();
    }

    public List<Position> getTerms() {
        return history == null ? List.of() : history.terms();
    }

    public OrganisationSnapshot getCurrent() {
        return current;
    }

    public GroupCategory[] getCategories() {
        return GroupCategory.values();
    }

    public Long getPersonId() {
        return personId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public boolean isExternal() {
        return external;
    }

    public void setExternal(boolean external) {
        this.external = external;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public Long getAppointPersonId() {
        return appointPersonId;
    }

    public void setAppointPersonId(Long appointPersonId) {
        this.appointPersonId = appointPersonId;
    }

    public String getAppointRole() {
        return appointRole;
    }

    public void setAppointRole(String appointRole) {
        this.appointRole = appointRole;
    }

    public LocalDate getAppointStart() {
        return appointStart;
    }

    public void setAppointStart(LocalDate appointStart) {
        this.appointStart = appointStart;
    }

    public Long getMemberPersonId() {
        return memberPersonId;
    }

    public void setMemberPersonId(Long memberPersonId) {
        this.memberPersonId = memberPersonId;
    }

    public String getMemberCategory() {
        return memberCategory;
    }

    public void setMemberCategory(String memberCategory) {
        this.memberCategory = memberCategory;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public void setCertificateNo(String certificateNo) {
        this.certificateNo = certificateNo;
    }

    public LocalDate getMemberStart() {
        return memberStart;
    }

    public void setMemberStart(LocalDate memberStart) {
        this.memberStart = memberStart;
    }

    public LocalDate getMemberEnd() {
        return memberEnd;
    }

    public void setMemberEnd(LocalDate memberEnd) {
        this.memberEnd = memberEnd;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }
}
