package org.selfcheck.hazard;

import org.selfcheck.shared.InvalidInputException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A hazard's remediation plan with the 五落实 elements (16号令 Art. 15): responsibility (责任人 and 责任机构),
 * measures (措施), funds (资金: amount in yuan and its source), deadline (时限) and contingency (the safety
 * measures and emergency plan while the hazard lasts, 应急预案). A plan may be saved incomplete as a draft:
 * {@link #of} checks formats and lengths only, {@link #complete()} says whether all five are there.
 *
 * @param fundsAmount yuan, scale 2
 */
public record RemediationPlan(String responsiblePerson, String responsibleBody, String measures, BigDecimal fundsAmount,
                              String fundsSource, LocalDate deadline, String contingency) {

    static final int MAX_PERSON = 50;
    static final int MAX_BODY = 100;
    static final int MAX_MEASURES = 2000;
    static final int MAX_FUNDS_SOURCE = 200;
    static final int MAX_CONTINGENCY = 2000;
    /** numeric(14,2) */
    static final BigDecimal MAX_FUNDS = new BigDecimal("999999999999.99");

    /** A plan with nothing in it yet. */
    public static final RemediationPlan EMPTY = new RemediationPlan(null, null, null, null, null, null, null);

    /** The five elements (五落实), in the order the plan lists them. */
    public enum Element {
        /** 责任: the responsible person and body */
        RESPONSIBILITY,
        /** 措施 */
        MEASURES,
        /** 资金: the amount and its source */
        FUNDS,
        /** 时限 */
        DEADLINE,
        /** 应急预案: safety measures and emergency plan while remediation lasts */
        CONTINGENCY
    }

    /**
     * A plan as entered: texts without surrounding blanks (a blank text is absent), the amount with two
     * decimals. Every invalid field is reported at once; missing elements are not an error.
     *
     * @param foundOn the day the hazard was found: the deadline may not be before it
     * @throws InvalidInputException {@code text.length} (max), {@code plan.funds.format},
     *                               {@code plan.deadline.beforeFound} (foundOn)
     */
    public static RemediationPlan of(String responsiblePerson, String responsibleBody, String measures,
                                     BigDecimal fundsAmount, String fundsSource, LocalDate deadline, String contingency,
                                     LocalDate foundOn) {
        Objects.requireNonNull(foundOn, "foundOn");
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String person = text(errors, "responsiblePerson", responsiblePerson, MAX_PERSON);
        String body = text(errors, "responsibleBody", responsibleBody, MAX_BODY);
        String measuresText = text(errors, "measures", measures, MAX_MEASURES);
        BigDecimal amount = null;
        if (fundsAmount != null) {
            if (fundsAmount.signum() < 0 || fundsAmount.compareTo(MAX_FUNDS) > 0
                    || fundsAmount.stripTrailingZeros().scale() > 2) {
                errors.add(new InvalidInputException.FieldError("fundsAmount", "plan.funds.format", List.of()));
            } else {
                amount = fundsAmount.setScale(2, RoundingMode.UNNECESSARY);
            }
        }
        String source = text(errors, "fundsSource", fundsSource, MAX_FUNDS_SOURCE);
        if (deadline != null && deadline.isBefore(foundOn)) {
            errors.add(new InvalidInputException.FieldError("deadline", "plan.deadline.beforeFound", List.of(foundOn)));
        }
        String contingencyText = text(errors, "contingency", contingency, MAX_CONTINGENCY);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new RemediationPlan(person, body, measuresText, amount, source, deadline, contingencyText);
    }

    /** Whether all five elements are there (五落实). */
    public boolean complete() {
        return missingElements().isEmpty();
    }

    /** The names of the missing elements ({@link Element}), in plan order; empty when complete. */
    public List<String> missing() {
        return missingElements().stream().map(Element::name).toList();
    }

    /** The missing elements, in plan order. */
    public List<Element> missingElements() {
        List<Element> missing = new ArrayList<>();
        if (!present(responsiblePerson) || !present(responsibleBody)) {
            missing.add(Element.RESPONSIBILITY);
        }
        if (!present(measures)) {
            missing.add(Element.MEASURES);
        }
        if (fundsAmount == null || !present(fundsSource)) {
            missing.add(Element.FUNDS);
        }
        if (deadline == null) {
            missing.add(Element.DEADLINE);
        }
        if (!present(contingency)) {
            missing.add(Element.CONTINGENCY);
        }
        return List.copyOf(missing);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String text(List<InvalidInputException.FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            errors.add(new InvalidInputException.FieldError(field, "text.length", List.of(max)));
        }
        return text;
    }
}
