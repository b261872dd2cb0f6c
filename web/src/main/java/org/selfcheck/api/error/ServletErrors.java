package org.selfcheck.api.error;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.selfcheck.api.Languages;
import org.selfcheck.shared.Messages;

import java.io.IOException;
import java.util.List;

/**
 * The same {@link ErrorResponse} JSON for answers given outside JAX-RS: by servlet filters in front of the API and by
 * the container's error pages (a 401 of the OIDC mechanism), so that an API client always reads one error shape.
 */
public final class ServletErrors {

    private static final Jsonb JSON = JsonbBuilder.create();

    private ServletErrors() {
    }

    /** Answers {@code status} with the message {@code key} (ejb's service messages) in the caller's language. */
    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String key,
                            List<ErrorResponse.FieldMessage> fields, Object... arguments) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String message = Messages.get(Languages.of(request), key, arguments);
        response.getWriter().write(JSON.toJson(new ErrorResponse(status, key, message, fields)));
    }
}
