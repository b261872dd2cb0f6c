package org.selfcheck.api.error;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.selfcheck.shared.Messages;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A body that is not JSON of the expected shape: 400, nothing stored. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<ProcessingException> {

    private static final Logger LOG = Logger.getLogger(MalformedJsonMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException e) {
        LOG.log(Level.FINE, "unreadable request body", e);
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines().findFirst().orElse("");
        return ErrorResponses.of(Response.Status.BAD_REQUEST, "invalid.json",
                Messages.get(ErrorResponses.locale(headers), "invalid.json", reason), List.of());
    }
}
