package org.selfcheck.api.error;

import java.util.List;

/**
 * The body of every error answer.
 *
 * @param code    a stable key clients can switch on, e.g. {@code creditCode.checkCharacter}
 * @param message the same in the caller's language (zh-CN unless Accept-Language asks for English)
 * @param fields  per-field errors of a rejected input, empty otherwise
 */
public record ErrorResponse(int status, String code, String message, List<FieldMessage> fields) {

    public record FieldMessage(String field, String code, String message) {
    }
}
