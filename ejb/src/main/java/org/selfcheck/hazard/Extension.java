package org.selfcheck.hazard;

import org.selfcheck.shared.ConflictException;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.Texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A request to move a hazard's remediation deadline (延期申请). Deadlines never move silently: a request is
 * decided once, and only an approved one moves the deadline (see {@link Overdue#effectiveDeadline}).
 *
 * @param previousDeadline  the deadline in force when the request was made
 * @param requestedDeadline the deadline asked for, later than the previous one
 * @param requestedOn       the day of the request
 */
public record Extension(LocalDate previousDeadline, LocalDate requestedDeadline, String reason, Decision decision,
                        LocalDate requestedOn) {

    static final int MAX_REASON = 1000;

    public enum Decision {
        PENDING, APPROVED, REFUSED
    }

    public Extension {
        Objects.requireNonNull(decision, "decision");
    }

    /**
     * A new, undecided request. Every invalid field is reported at once.
     *
     * @param currentDeadline the deadline in force (the effective one)
     * @throws InvalidInputException {@code extension.noDeadline}, {@code date.required},
     *                               {@code extension.notLater} (current deadline), {@code extension.past},
     *                               {@code extension.reason.required}, {@code text.length} (max)
     */
    public static Extension request(LocalDate currentDeadline, LocalDate requested, String reason, LocalDate today) {
        Objects.requireNonNull(today, "today");
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (currentDeadline == null) {
            errors.add(error("deadline", "extension.noDeadline"));
        }
        if (requested == null) {
            errors.add(error("requestedDeadline", "date.required"));
        } else if (currentDeadline != null && !requested.isAfter(currentDeadline)) {
            errors.add(new InvalidInputException.FieldError("requestedDeadline", "extension.notLater", List.of(currentDeadline)));
        } else if (requested.isBefore(today)) {
            errors.add(error("requestedDeadline", "extension.past"));
        }
        String text = Texts.clean(reason);
        if (text == null) {
            errors.add(error("reason", "extension.reason.required"));
        } else if (text.length() > MAX_REASON) {
            errors.add(new InvalidInputException.FieldError("reason", "text.length", List.of(MAX_REASON)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Extension(currentDeadline, requested, text, Decision.PENDING, today);
    }

    /**
     * The request approved or refused.
     *
     * @throws ConflictException {@code extension.decided} (the decision taken) when it was decided before
     */
    public Extension decide(boolean approve) {
        if (decision != Decision.PENDING) {
            throw new ConflictException("extension.decided", decision.name());
        }
        return new Extension(previousDeadline, requestedDeadline, reason, approve ? Decision.APPROVED : Decision.REFUSED,
                requestedOn);
    }

    public boolean approved() {
        return decision == Decision.APPROVED;
    }

    private static InvalidInputException.FieldError error(String field, String key) {
        return new InvalidInputException.FieldError(field, key, List.of());
    }
}
