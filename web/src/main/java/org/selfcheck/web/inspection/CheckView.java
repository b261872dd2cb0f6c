package org.selfcheck.web.inspection;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.selfcheck.evidence.Photos;
import org.selfcheck.inspection.CheckAction;
import org.selfcheck.inspection.CheckDetails;
import org.selfcheck.inspection.CheckService;
import org.selfcheck.inspection.Outcome;
import org.selfcheck.organisation.PersonDetails;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Conducting one check: who was present, a result per item (with photos for hazards), completing it; after
 * completion, amendments. The principal and members confirm their own presence here.
 */
@Named
@ViewScoped
public class CheckView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CheckService checks;

    @Inject
    Feedback feedback;

    private Long id;
    private SelfCheckException problem;
    private CheckDetails details;
    private List<Long> participantIds = new ArrayList<>();

    private Long selectedResultId;
    private String result;
    private String reason;
    private String description;
    private String why;
    private transient Part photo;

    public void load() {
        try {
            details = checks.get(id == null ? -1 : id);
            participantIds = new ArrayList<>(details.participants().stream().map(p -> p.person().id()).toList());
        } catch (SelfCheckException e) {
            problem = e;
        }
    }

    public void select(CheckDetails.Item item) {
        selectedResultId = item.resultId();
        result = item.effective() == null ? Outcome.COMPLIANT.name() : item.effective().outcome().name();
        reason = item.effective() == null ? null : item.effective().reason();
        description = item.effective() == null ? null : item.effective().description();
        why = null;
    }

    public void cancel() {
        selectedResultId = null;
    }

    /** Saves the selected item's result (or, after completion, an amendment) with an optional photo. */
    public void save() {
        try {
            byte[] bytes = photoBytes();
            Outcome outcome = result == null ? null : Outcome.valueOf(result);
            if (details.summary().status().name().equals("COMPLETED")) {
                if (bytes != null) {
                    checks.addPhoto(id, selectedResultId, bytes, photo.getContentType(), photo.getSubmittedFileName());
                }
                details = checks.amend(id, selectedResultId, outcome, reason, description, why);
            } else {
                if (bytes != null) {
                    // a bad file is refused before the result is saved: nothing half-done
                    Photos.check(bytes, photo.getContentType(), photo.getSubmittedFileName());
                }
                details = checks.record(id, selectedResultId, outcome, reason, description);
                if (bytes != null) {
                    checks.addPhoto(id, selectedResultId, bytes, photo.getContentType(), photo.getSubmittedFileName());
                    details = checks.get(id);
                }
            }
            feedback.info("check.saved");
            selectedResultId = null;
        } catch (SelfCheckException e) {
            feedback.refused(e, "editor");
        }
    }

    private byte[] photoBytes() {
        if (photo == null || photo.getSize() == 0) {
            return null;
        }
        try (InputStream in = photo.getInputStream()) {
            // read no more than one byte past the limit: the check reports the size, memory stays bounded
            return in.readNBytes((int) Photos.MAX_BYTES + 1);
        } catch (IOException e) {
            throw InvalidInputException.of("photo", "photo.corrupt", String.valueOf(photo.getSubmittedFileName()));
        }
    }

    public void saveParticipants() {
        try {
            details = checks.setParticipants(id, participantIds);
            feedback.info("check.participantsSaved");
        } catch (SelfCheckException e) {
            feedback.refused(e, "participants");
        }
    }

    public void remainingCompliant() {
        try {
            details = checks.markRemainingCompliant(id);
            feedback.info("check.remainingMarked");
        } catch (SelfCheckException e) {
            feedback.refused(e, "actions");
        }
    }

    public void complete() {
        try {
            details = checks.complete(id);
            feedback.info("check.completed");
        } catch (SelfCheckException e) {
            feedback.refused(e, "actions");
        }
    }

    public void confirmAttendance() {
        try {
            details = checks.confirmAttendance(id);
            feedback.info("check.attendanceConfirmed");
        } catch (SelfCheckException e) {
            feedback.refused(e, "confirm");
        }
    }

    public void confirmParticipation() {
        try {
            details = checks.confirmParticipation(id);
            feedback.info("check.participationConfirmed");
        } catch (SelfCheckException e) {
            feedback.refused(e, "confirm");
        }
    }

    /** Whether the caller is recorded as present and has not confirmed it himself yet (本人确认参加). */
    /** Whether the service allows this user that action on the check now (a {@link CheckAction} name). */
    public boolean can(String action) {
        return details != null && details.actions().contains(CheckAction.valueOf(action));
    }

    public boolean isCompleted() {
        return details != null && details.summary().status().name().equals("COMPLETED");
    }

    public CheckDetails.Item getSelected() {
        return details == null || selectedResultId == null ? null
                : details.items().stream().filter(i -> i.resultId() == selectedResultId).findFirst().orElse(null);
    }

    public String getRevisionsText() {
        return details == null ? "" : String.join(", ", details.revisions());
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    public List<PersonDetails> getCandidates() {
        return details == null ? List.of() : details.candidates();
    }

    public String getProblemText() {
        return problem == null ? null : feedback.describe(problem);
    }

    public String time(java.time.Instant instant) {
        return feedback.time(instant);
    }

    public CheckDetails getDetails() {
        return details;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<Long> getParticipantIds() {
        return participantIds;
    }

    public void setParticipantIds(List<Long> participantIds) {
        this.participantIds = participantIds;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }
}
