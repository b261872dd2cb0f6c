package org.selfcheck.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/** The language of the session: zh-CN unless the user picks English (or the browser prefers it). */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().toLanguageTag();
    }

    public void switchTo(String languageTag) {
        locale = "en".equals(languageTag) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    public boolean isEnglish() {
        return "en".equals(getLocale().getLanguage());
    }
}
