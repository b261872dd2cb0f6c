package org.selfcheck.inspection;

import org.selfcheck.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a check may be completed (and so locked): it has taken place, every item has a result, and every
 * hazard has a description and at least one photo. All problems are reported at once.
 */
public final class Completion {

    /** How many unrecorded items a message names before it just counts them. */
    static final int NAMED = 5;

    private Completion() {
    }

    /** One item's state: its citation (e.g. GM10-2023 第三条(一)), its result and how many photos it has. */
    public record ItemState(long resultId, String reference, ResultEntry entry, int photos) {
    }

    /** Nobody completes, attends or takes part in a check before its date. */
    public static void requireTookPlace(LocalDate checkDate, LocalDate today) {
        if (checkDate.isAfter(today)) {
            throw InvalidInputException.of("date", "check.notYet", checkDate.toString());
        }
    }

    public static void check(LocalDate checkDate, LocalDate today, List<ItemState> items) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (checkDate.isAfter(today)) {
            errors.add(new InvalidInputException.FieldError("date", "check.notYet", List.of(checkDate.toString())));
        }
        if (items.isEmpty()) {
            errors.add(new InvalidInputException.FieldError("items", "check.noItems", List.of()));
        }
        List<String> unrecorded = items.stream().filter(i -> i.entry() == null).map(ItemState::reference).toList();
        if (!unrecorded.isEmpty()) {
            String named = String.join("、", unrecorded.subList(0, Math.min(NAMED, unrecorded.size())));
            errors.add(new InvalidInputException.FieldError("items", "check.unrecorded",
                    List.of(unrecorded.size(), named + (unrecorded.size() > NAMED ? "…" : ""))));
        }
        for (ItemState i : items) {
            if (i.entry() != null && i.entry().outcome() == Outcome.HAZARD && i.photos() == 0) {
                errors.add(new InvalidInputException.FieldError("item:" + i.resultId(), "check.photo.required",
                        List.of(i.reference())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
