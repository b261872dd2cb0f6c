package org.selfcheck.api.error;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selfcheck.api.Languages;
import org.selfcheck.shared.Messages;
import org.selfcheck.shared.SelfCheckException;

import java.util.List;
import java.util.Locale;

/** Builds localised error answers: zh-CN first, English when the client asks for it. */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static Locale locale(HttpHeaders headers) {
        return Languages.of(headers);
    }

    static Response of(Response.Status status, HttpHeaders headers, SelfCheckException e) {
        return of(status, e.messageKey(), Messages.get(locale(headers), e), List.of());
    }

    static Response of(Response.Status status, String code, String message, List<ErrorResponse.FieldMessage> fields) {
        return of(status.getStatusCode(), code, message, fields);
    }

    static Response of(int status, String code, String message, List<ErrorResponse.FieldMessage> fields) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorResponse(status, code, message, fields)).build();
    }
}
