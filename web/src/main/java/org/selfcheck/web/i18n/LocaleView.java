package org.selfcheck.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the session: zh-CN, the language of the notice and of the users, until the user picks
 * English with the switch in the header.
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    public Locale getLocale() {
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
