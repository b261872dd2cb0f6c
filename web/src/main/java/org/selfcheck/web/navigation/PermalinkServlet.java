package org.selfcheck.web.navigation;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Links to one record carry its id in the path, e.g. {@code /hazards/42}: WildFly's OIDC login returns the
 * user to the requested path but drops its query string (ELY-2242), so a link with {@code ?id=42} sent by mail
 * or printed as a QR code would lose the record after login. The page is shown by forwarding with the id.
 */
@WebServlet(urlPatterns = {"/hazards/*", "/checks/*", "/reports/*", "/inspections/*", "/scan/*"})
@MultipartConfig(maxFileSize = 10_485_760, maxRequestSize = 10_485_760, fileSizeThreshold = 1_048_576)
public class PermalinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Postbacks of the page's forms come here too ({@link PermalinkViewHandler}), photos included. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doGet(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Permalinks.Page page = Permalinks.PAGES.get(request.getServletPath());
        String path = request.getPathInfo();
        if (page == null || path == null || !page.accepts(path.substring(1))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(page.viewId() + "?id=" + path.substring(1)).forward(request, response);
    }
}
