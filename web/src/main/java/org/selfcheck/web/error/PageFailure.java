package org.selfcheck.web.error;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import org.selfcheck.shared.AccessDeniedException;

import java.util.Locale;

/** What a page's unhandled failure means for the user; a rule apart from JSF so that it can be tested alone. */
public enum PageFailure {

    /** The view state is unknown (the session ended, the server restarted, or it was forged): 页面已过期，请刷新. */
    EXPIRED,
    /** The caller's role or company may not do this: 403, not a 500. */
    FORBIDDEN,
    /** An upload larger than the servlet's multipart limit: the photo's size message on the same page. */
    UPLOAD_TOO_LARGE,
    /** Anything else: the generic error page, the cause logged. */
    OTHER;

    /**
     * The largest file a page takes: web.xml's {@code max-file-size} of the Faces servlet (and of the permalink
     * servlet). The photo service's own limit ({@code Photos.MAX_BYTES}) is below it, so a file between the two is
     * refused by the service with its message, and a file above it never reaches the service.
     */
    public static final long MAX_UPLOAD_BYTES = 10_485_760;

    /** Classifies {@code failure} of a request of {@code contentType} and {@code contentLength} (-1 when unknown). */
    public static PageFailure of(Throwable failure, String contentType, long contentLength) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return EXPIRED;
            }
            if (t instanceof EJBAccessException || t instanceof AccessDeniedException) {
                return FORBIDDEN;
            }
        }
        return uploadTooLarge(contentType, contentLength) ? UPLOAD_TOO_LARGE : OTHER;
    }

    /** A multipart request longer than one file may be: the container refused to read it. */
    static boolean uploadTooLarge(String contentType, long contentLength) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                && contentLength > MAX_UPLOAD_BYTES;
    }
}
