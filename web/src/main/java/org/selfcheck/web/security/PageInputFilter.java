package org.selfcheck.web.security;

import jakarta.servlet.FilterChain;
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
        String refused = refusedField(request);
        if (refused != null) {
            request.setAttribute(REFUSED_FIELD, refused);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
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
