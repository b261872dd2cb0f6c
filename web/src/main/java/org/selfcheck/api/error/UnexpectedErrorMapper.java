package org.selfcheck.api.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.selfcheck.shared.Messages;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whatever no other mapper claims. A failure of ours (a {@code PersistenceException} with its SQL, a bug) is a 500
 * with the generic message and an incident number; the cause, with that number, goes to the server log only, never
 * to the client. A request JAX-RS itself refuses (no such path 404, wrong method 405, content type 415, ...) keeps its
 * status and its headers (e.g. {@code Allow}), in the same JSON shape as every other error.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof WebApplicationException refused && refused.getResponse().getStatus() < 500) {
            Response original = refused.getResponse();
            LOG.log(Level.FINE, "request refused by JAX-RS", e);
            Response.ResponseBuilder answer = Response.fromResponse(ErrorResponses.of(original.getStatus(), "request.rejected",
                    Messages.get(ErrorResponses.locale(headers), "request.rejected", String.valueOf(original.getStatus())),
                    List.of()));
            for (String header : List.of("Allow", "WWW-Authenticate", "Retry-After")) {
                if (original.getHeaderString(header) != null) {
                    answer.header(header, original.getHeaderString(header));
                }
            }
            return answer.build();
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "incident " + incident + ": " + (uri == null ? "" : uri.getRequestUri().getPath()) + " failed", e);
        return ErrorResponses.of(Response.Status.INTERNAL_SERVER_ERROR, "request.failed",
                Messages.get(ErrorResponses.locale(headers), "request.failed") + " (" + incident + ")", List.of());
    }
}
