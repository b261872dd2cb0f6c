package org.selfcheck.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.selfcheck.shared.Quarter;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.Messages;
import org.selfcheck.shared.SelfCheckException;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/**
 * Tells the user in his language what happened: a confirmation, or a service's refusal with a message next
 * to each offending field, and marks the request failed so dialogs stay open.
 */
@RequestScoped
public class Feedback {

    private static final DateTimeFormatter SHOWN_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Quarter.ZONE);

    @Inject
    LocaleView localeView;

    /** A UI text from the web bundle. */
    public String text(String key) {
        return ResourceBundle.getBundle("org.selfcheck.web.i18n.messages", localeView.getLocale()).getString(key);
    }

    /** A UI text from the web bundle with its arguments ({0}, {1}, ... as in MessageFormat). */
    public String text(String key, Object... arguments) {
        return new java.text.MessageFormat(text(key), localeView.getLocale()).format(arguments);
    }

    public void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                arguments.length == 0 ? text(key) : text(key, arguments), null));
    }

    /**
     * Shows why a service refused: each field's message next to the component {@code formId:field} (a page
     * shows it with {@code p:message for=field}) and the overall message at the top.
     */
    public void refused(SelfCheckException e, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e instanceof InvalidInputException invalid) {
            for (InvalidInputException.FieldError error : invalid.errors()) {
                String message = Messages.get(localeView.getLocale(), error.messageKey(), error.arguments().toArray());
                faces.addMessage(formId + ":" + error.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            }
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(localeView.getLocale(), e), null));
        faces.validationFailed();
    }

    /** A service's message in the user's language. */
    public String describe(SelfCheckException e) {
        return Messages.get(localeView.getLocale(), e);
    }

    /** A service message by key, in the user's language. */
    public String message(String key, Object... arguments) {
        return Messages.get(localeView.getLocale(), key, arguments);
    }

    /** Times as users read them: China Standard Time, to the second. */
    public String time(Instant instant) {
        return instant == null ? "" : SHOWN_TIME.format(instant);
    }
}
