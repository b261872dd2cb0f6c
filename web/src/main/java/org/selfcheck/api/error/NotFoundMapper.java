package org.selfcheck.api.error;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.selfcheck.shared.NotFoundException;

/** A record that does not exist: 404. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(NotFoundException e) {
        return ErrorResponses.of(Response.Status.NOT_FOUND, headers, e);
    }
}
