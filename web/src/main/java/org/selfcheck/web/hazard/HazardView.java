package org.selfcheck.web.hazard;

import jakarta.ejb.EJB;
import org.selfcheck.filing.FilingService;
import org.selfcheck.filing.FilingView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.selfcheck.evidence.Photos;
import org.selfcheck.hazard.HazardAction;
import org.selfcheck.hazard.HazardDetails;
import org.selfcheck.hazard.HazardExtension;
import org.selfcheck.hazard.HazardService;
import org.selfcheck.hazard.HazardSource;
import org.selfcheck.hazard.Qualification;
import org.selfcheck.hazard.RemediationPlan;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One hazard to verified closure: the three elements and the plan (五落实), the non-penalty card (R6), the
 * steps (start, progress, submit, verify), deadline extensions (requested by the company, decided by the
 * principal) and photos before, during and after.
 */
@Named
@ViewScoped
public class HazardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    HazardService hazards;

    @EJB
    FilingService filings;

    @Inject
    Feedback feedback;

    private Long id;
    private SelfCheckException problem;
    private HazardDetails details;
    private List<FilingView> filingList = List.of();

    private String location;
    private String presentState;
    private String harm;
    private String responsiblePerson;
    private String responsibleBody;
    private String measures;
    private BigDecimal fundsAmount;
    private String fundsSource;
    private LocalDate deadline;
    private String contingency;

    private String stepText;
    private String photoKind = "PROGRESS";
    private transient Part photo;
    private LocalDate extensionDeadline;
    private String extensionReason;
    private String decisionNote;

    public void load() {
        try {
            show(hazards.get(id == null ? -1 : id));
            if (!can("ADD_PHOTO")) {
                photoKind = "AFTER"; // the member who verifies adds the result only
            }
        } catch (SelfCheckException e) {
            problem = e;
        }
    }

    private void show(HazardDetails d) {
        details = d;
        filingList = filings.ofHazard(d.hazard().id());
        var h = d.hazard();
        RemediationPlan p = h.plan();
        location = h.location();
        presentState = h.presentState();
        harm = h.harm();
        responsiblePerson = p.responsiblePerson();
        responsibleBody = p.responsibleBody();
        measures = p.measures();
        fundsAmount = p.fundsAmount();
        fundsSource = p.fundsSource();
        deadline = p.deadline();
        contingency = p.contingency();
        stepText = null;
    }

    public void save() {
        act(() -> hazards.describe(id, location, presentState, harm, responsiblePerson, responsibleBody, measures, fundsAmount,
                fundsSource, deadline, contingency, details.hazard().version()), "hazard.saved", "plan");
    }

    public void start() {
        act(() -> hazards.start(id, stepText), "hazard.started", "steps");
    }

    public void progress() {
        act(() -> hazards.progress(id, stepText), "hazard.progressed", "steps");
    }

    public void submit() {
        act(() -> hazards.submit(id, stepText), "hazard.submitted", "steps");
    }

    public void pass() {
        act(() -> hazards.verify(id, true, stepText), "hazard.verified", "steps");
    }

    public void fail() {
        act(() -> hazards.verify(id, false, stepText), "hazard.rejected", "steps");
    }

    public void requestExtension() {
        act(() -> hazards.requestExtension(id, extensionDeadline, extensionReason), "hazard.extensionRequested", "extension");
    }

    public void approve(HazardExtension.Details e) {
        act(() -> hazards.decideExtension(id, e.id(), true, decisionNote), "hazard.extensionApproved", "decision");
    }

    public void refuse(HazardExtension.Details e) {
        act(() -> hazards.decideExtension(id, e.id(), false, decisionNote), "hazard.extensionRefused", "decision");
    }

    public void upload() {
        try {
            if (photo == null || photo.getSize() == 0) {
                throw InvalidInputException.of("photo", "photo.empty");
            }
            byte[] bytes;
            try (InputStream in = photo.getInputStream()) {
                bytes = in.readNBytes((int) Photos.MAX_BYTES + 1);
            }
            hazards.addPhoto(id, photoKind, bytes, photo.getContentType(), photo.getSubmittedFileName());
            show(hazards.get(id));
            feedback.info("hazard.photoAdded");
        } catch (SelfCheckException e) {
            feedback.refused(e, "photos");
        } catch (IOException e) {
            feedback.refused(InvalidInputException.of("photo", "photo.corrupt", String.valueOf(photo.getSubmittedFileName())), "photos");
        }
    }

    private void act(java.util.function.Supplier<HazardDetails> step, String doneKey, String formId) {
        try {
            show(step.get());
            feedback.info(doneKey);
        } catch (SelfCheckException e) {
            feedback.refused(e, formId);
        }
    }

    /** A condition of the non-penalty card as a sentence; missing plan elements are named in the user's language. */
    public String reason(Qualification.Condition c) {
        if (c.kind() == Qualification.Kind.PLAN_COMPLETE && !c.met()) {
            String missing = details.hazard().plan().missingElements().stream()
                    .map(e -> feedback.text("plan.element." + e.name())).collect(Collectors.joining("、"));
            return feedback.message(c.reasonKey(), missing);
        }
        Object[] args = c.args().stream().map(this::readable).toArray();
        return feedback.message(c.reasonKey(), args);
    }

    /** An argument as users read it: times in China Standard Time, sources by their name. */
    private Object readable(Object argument) {
        if (argument instanceof Instant i) {
            return feedback.time(i);
        }
        for (HazardSource source : HazardSource.values()) {
            if (source.name().equals(argument)) {
                return feedback.text("hazard.source." + source.name());
            }
        }
        return argument;
    }

    public String time(Instant instant) {
        return feedback.time(instant);
    }

    /**
     * Whether something was recorded from the start of the first bureau inspection that found this hazard on: it is
     * shown "after the inspection", since it changes nothing in that inspection's judgment.
     */
    public boolean afterInspection(Instant instant) {
        return instant != null && details != null && !details.bureauFindings().isEmpty()
                && !instant.isBefore(details.bureauFindings().get(0).foundAt());
    }


    public List<HazardDetails.Photo> photos(String kind) {
        return details == null ? List.of() : details.photos().stream().filter(p -> p.kind().equals(kind)).toList();
    }

    public String getProblemText() {
        return problem == null ? null : feedback.describe(problem);
    }

    public HazardDetails getDetails() {
        return details;
    }

    /** Whether the service allows this user that action on the hazard now (a {@link HazardAction} name). */
    public boolean can(String action) {
        return details != null && details.actions().contains(HazardAction.valueOf(action));
    }

    public String getState() {
        return details == null ? null : details.hazard().state().name();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getPresentState() {
        return presentState;
    }

    public void setPresentState(String presentState) {
        this.presentState = presentState;
    }

    public String getHarm() {
        return harm;
    }

    public void setHarm(String harm) {
        this.harm = harm;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }

    public String getResponsibleBody() {
        return responsibleBody;
    }

    public void setResponsibleBody(String responsibleBody) {
        this.responsibleBody = responsibleBody;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }

    public BigDecimal getFundsAmount() {
        return fundsAmount;
    }

    public void setFundsAmount(BigDecimal fundsAmount) {
        this.fundsAmount = fundsAmount;
    }

    public String getFundsSource() {
        return fundsSource;
    }

    public void setFundsSource(String fundsSource) {
        this.fundsSource = fundsSource;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getContingency() {
        return contingency;
    }

    public void setContingency(String contingency) {
        this.contingency = contingency;
    }

    public String getStepText() {
        return stepText;
    }

    public void setStepText(String stepText) {
        this.stepText = stepText;
    }

    public String getPhotoKind() {
        return photoKind;
    }

    public void setPhotoKind(String photoKind) {
        this.photoKind = photoKind;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    public LocalDate getExtensionDeadline() {
        return extensionDeadline;
    }

    public void setExtensionDeadline(LocalDate extensionDeadline) {
        this.extensionDeadline = extensionDeadline;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(String decisionNote) {
        this.decisionNote = decisionNote;
    }

    public List<FilingView> getFilings() {
        return filingList;
    }
}
