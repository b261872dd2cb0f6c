package org.selfcheck.web.security;

import jakarta.servlet.FilterChain;
import org.selfcheck.web.error.PageFailure;
import org.selfcheck.web.error.PortalExceptionHandler;
import org.selfcheck.web.error.UploadNotice;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.selfcheck.shared.ControlCharacters;

import java.io.IOException;
import java.util.Map;

/**
 * The pages' side of {@code org.selfcheck.api.ControlCharacterFilter}: a control character (a NUL) in the path or in a
 * parameter of a page request is a 400 whose error page names the parameter, instead of a database error later. The
 * parameters of a multipart form (a photo upload) are left to the page: reading them here would read the upload.
 */
@WebFilter(urlPatterns = "/*", filterName = "page-input")
public class PageInputFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The request attribute that names the refused parameter for error.xhtml. */
    public static final String REFUSED_FIELD = PageInputFilter.class.getName() + ".field";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            chain.doFilter(request, response); // the REST API answers in JSON itself (ControlCharacterFilter)
            return;
        }
        if (PageFailure.uploadTooLarge(request.getContentType(), request.getContentLengthLong()) || tooLargeToParse(request)) {
            // refused here, where the parse happens (outside JSF): the body is read to its end first, since a browser
            // whose upload is cut off shows a broken connection, not the page it is sent back to
            try {
                request.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException | IllegalStateException alreadyRead) {
                // the parser read what it could; what is left the container discards
            }
            UploadNotice.remember(request);
            response.sendRedirect(PortalExceptionHandler.requestedUrl(request));
            return;
        }
        String refused = refusedField(request);
        if (refused != null) {
            request.setAttribute(REFUSED_FIELD, refused);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A multipart request (of unannounced length) whose parts are over the limit: parsing it here tells. */
    private static boolean tooLargeToParse(HttpServletRequest request) throws IOException, ServletException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return false;
        }
        try {
            request.getParts();
            return false;
        } catch (IllegalStateException e) {
            // Undertow wraps its FileTooLargeException (a part) or RequestTooBigException (the whole request); any other
            // refusal (no multipart configuration on the target) is not ours to answer
            for (Throwable t = e; t != null; t = t.getCause()) {
                String name = t.getClass().getSimpleName();
                if (name.endsWith("TooLargeException") || name.endsWith("TooBigException")) {
                    return true;
                }
            }
            throw e;
        }
    }

    private static String refusedField(HttpServletRequest request) {
        if (ControlCharacters.present(request.getServletPath()) || ControlCharacters.present(request.getPathInfo())) {
            return "path";
        }
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return null;
        }
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            if (ControlCharacters.present(p.getKey())) {
                return "parameter";
            }
            for (String value : p.getValue()) {
                if (ControlCharacters.present(value)) {
                    return p.getKey();
                }
            }
        }
        return null;
    }
}
