package org.selfcheck.web.error;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers the failures of {@link PageFailure} the way a user understands them, for full requests and Ajax alike:
 * an expired view state goes to {@code /expired.xhtml} (页面已过期，请刷新), a refused role to the 403 page, an upload
 * the container would not read back to the same page with the photo's size message. The rest goes on to the
 * default handler (the 500 error page). Every cause is logged, none is shown.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PortalExceptionHandler.class.getName());
    static final String EXPIRED_PAGE = "/expired.xhtml";
    static final String FORBIDDEN_PAGE = "/error.xhtml?reason=forbidden";

    public PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (faces != null && events.hasNext()) {
            Throwable failure = events.next().getContext().getException();
            HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
            PageFailure kind = PageFailure.of(failure, request.getContentType(), request.getContentLengthLong());
            if (kind == PageFailure.OTHER) {
                continue;
            }
            events.remove();
            LOG.log(kind == PageFailure.FORBIDDEN ? Level.WARNING : Level.INFO,
                    kind + " on " + request.getRequestURI() + " for " + request.getRemoteUser(), failure);
            try {
                answer(faces, request, kind);
            } catch (IOException e) {
                throw new FacesException(e);
            }
            // what failed after this one failed because of it
            while (events.hasNext()) {
                LOG.log(Level.FINE, "after " + kind, events.next().getContext().getException());
                events.remove();
            }
        }
        getWrapped().handle();
    }

    private static void answer(FacesContext faces, HttpServletRequest request, PageFailure kind) throws IOException {
        ExternalContext external = faces.getExternalContext();
        switch (kind) {
            case EXPIRED -> external.redirect(external.getRequestContextPath() + EXPIRED_PAGE);
            case FORBIDDEN -> {
                if (faces.getPartialViewContext().isAjaxRequest() || external.isResponseCommitted()) {
                    external.redirect(external.getRequestContextPath() + FORBIDDEN_PAGE);
                } else {
                    external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
                }
            }
            case UPLOAD_TOO_LARGE -> {
                UploadNotice.remember(request);
                external.redirect(requestedUrl(request));
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        faces.responseComplete();
    }

    /** The address the browser posted to: a permalink ({@code /hazards/42}) was forwarded to its page. */
    public static String requestedUrl(HttpServletRequest request) {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded != null ? forwarded.toString() : request.getRequestURI();
        Object query = forwarded != null ? request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) : request.getQueryString();
        return query == null ? uri : uri + "?" + query;
    }

}
