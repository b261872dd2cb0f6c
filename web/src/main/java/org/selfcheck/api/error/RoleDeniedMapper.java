package org.selfcheck.api.error;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.selfcheck.shared.Messages;

/** A service method the caller's role may not call (@RolesAllowed): 403. */
@Provider
public class RoleDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(EJBAccessException e) {
        return ErrorResponses.of(Response.Status.FORBIDDEN, "access.role",
                Messages.get(ErrorResponses.locale(headers), "access.role"), java.util.List.of());
    }
}
