package org.selfcheck.api.error;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.selfcheck.shared.TooManyRequestsException;

/** A rate limit: 429, nothing stored. */
@Provider
public class TooManyRequestsMapper implements ExceptionMapper<TooManyRequestsException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(TooManyRequestsException e) {
        return ErrorResponses.of(Response.Status.TOO_MANY_REQUESTS, headers, e);
    }
}
