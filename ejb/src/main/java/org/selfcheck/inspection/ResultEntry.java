package org.selfcheck.inspection;

import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * A validated result of one item: not applicable needs a reason, a hazard needs a description (its photos
 * are checked when the check is completed).
 */
public record ResultEntry(Outcome outcome, String reason, String description) {

    static final int MAX_REASON = 1000;
    static final int MAX_DESCRIPTION = 2000;

    public static ResultEntry of(Outcome outcome, String reason, String description) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String r = Texts.clean(reason);
        String d = Texts.clean(description);
        if (outcome == null) {
            errors.add(new InvalidInputException.FieldError("result", "check.result.required", List.of()));
        } else if (outcome == Outcome.NOT_APPLICABLE && r == null) {
            errors.add(new InvalidInputException.FieldError("reason", "check.reason.required", List.of()));
        } else if (outcome == Outcome.HAZARD && d == null) {
            errors.add(new InvalidInputException.FieldError("description", "check.description.required", List.of()));
        }
        if (r != null && r.length() > MAX_REASON) {
            errors.add(new InvalidInputException.FieldError("reason", "text.length", List.of(MAX_REASON)));
        }
        if (d != null && d.length() > MAX_DESCRIPTION) {
            errors.add(new InvalidInputException.FieldError("description", "text.length", List.of(MAX_DESCRIPTION)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // what does not belong to the outcome is not kept
        return new ResultEntry(outcome, outcome == Outcome.NOT_APPLICABLE ? r : null,
                outcome == Outcome.HAZARD ? d : (outcome == Outcome.COMPLIANT ? d : null));
    }
}
