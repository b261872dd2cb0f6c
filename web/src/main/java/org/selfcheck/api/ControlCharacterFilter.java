package org.selfcheck.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import org.selfcheck.shared.ControlCharacters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Refuses a control character (a NUL above all: PostgreSQL rejects it with an error that once reached the client with
 * its SQL) in a path or query parameter or anywhere in a JSON body, with a 400 naming the field
 * ({@code text.controlCharacter}), before the resource method runs.
 */
@Provider
public class ControlCharacterFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        check(request.getUriInfo().getPathParameters());
        check(request.getUriInfo().getQueryParameters());
        if (request.hasEntity() && request.getMediaType() != null
                && (MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())
                    || request.getMediaType().getSubtype().endsWith("+json"))) {
            byte[] body = request.getEntityStream().readAllBytes();
            var field = JsonStrings.firstWithControlCharacter(body);
            if (field.isPresent()) {
                throw ControlCharacters.in(field.get());
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        }
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            ControlCharacters.requireNone(p.getKey(), p.getKey());
            for (String value : p.getValue()) {
                ControlCharacters.requireNone(p.getKey(), value);
            }
        }
    }
}
