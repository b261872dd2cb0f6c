package org.selfcheck.web.error;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.selfcheck.evidence.Photos;
import org.selfcheck.web.i18n.Feedback;

/**
 * An upload refused for its size, told on the page the browser is sent back to: the refusal is remembered in the
 * session (an upload too large is refused before JSF runs, so its flash is not at hand) and shown once.
 */
@Named
@RequestScoped
public class UploadNotice {

    private static final String KEY = UploadNotice.class.getName() + ".tooLarge";

    @Inject
    Feedback feedback;

    /** Remembers that this request's upload was too large. */
    public static void remember(HttpServletRequest request) {
        request.getSession().setAttribute(KEY, Boolean.TRUE);
    }

    /** Shows a remembered refusal on the page about to render (the template calls it), once. */
    public void show() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        if (session != null && session.getAttribute(KEY) != null) {
            session.removeAttribute(KEY);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    feedback.message("photo.tooLarge", Photos.MAX_BYTES / (1024 * 1024)), null));
        }
    }
}
