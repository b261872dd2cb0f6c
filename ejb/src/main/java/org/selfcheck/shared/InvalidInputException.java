package org.selfcheck.shared;

import jakarta.ejb.ApplicationException;

import java.util.List;
import java.util.Map;

/**
 * Input that breaks a rule, with every offending field and the message key that explains it.
 * Nothing has been stored when this is thrown (the transaction rolls back).
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends SelfCheckException {

    /** A field and the key of the message that says what is wrong with it. */
    public record FieldError(String field, String messageKey, List<Object> arguments) {
    }

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("invalid.input", errors.stream().map(e -> e.field() + ": " + e.messageKey()).toList().toString());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(List.of(new FieldError(field, messageKey, List.of(arguments))));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> messageKeysByField() {
        return errors.stream().collect(java.util.stream.Collectors.toMap(FieldError::field, FieldError::messageKey,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
