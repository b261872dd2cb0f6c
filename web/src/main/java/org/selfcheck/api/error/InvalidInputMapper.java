package org.selfcheck.api.error;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.Messages;

import java.util.Locale;

/** Rejected input: 400 with a message per field. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(InvalidInputException e) {
        Locale locale = ErrorResponses.locale(headers);
        var fields = e.errors().stream().map(f -> new ErrorResponse.FieldMessage(f.field(), f.messageKey(),
                Messages.get(locale, f.messageKey(), f.arguments().toArray()))).toList();
        return ErrorResponses.of(Response.Status.BAD_REQUEST, e.messageKey(), Messages.get(locale, e), fields);
    }
}
