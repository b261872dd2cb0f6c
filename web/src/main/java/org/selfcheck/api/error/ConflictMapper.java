package org.selfcheck.api.error;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.selfcheck.shared.ConflictException;

/** A concurrent change: 409, nothing stored. */
@Provider
public class ConflictMapper implements ExceptionMapper<ConflictException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConflictException e) {
        return ErrorResponses.of(Response.Status.CONFLICT, headers, e);
    }
}
