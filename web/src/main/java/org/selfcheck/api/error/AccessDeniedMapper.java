package org.selfcheck.api.error;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.selfcheck.shared.AccessDeniedException;

/** Another company's record or one outside the jurisdiction: 403. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(AccessDeniedException e) {
        return ErrorResponses.of(Response.Status.FORBIDDEN, headers, e);
    }
}
