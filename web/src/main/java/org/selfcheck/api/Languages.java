package org.selfcheck.api;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/** The language of an answer: zh-CN first, English when the client asks for it (Accept-Language). */
public final class Languages {

    private Languages() {
    }

    public static Locale of(HttpHeaders headers) {
        for (Locale l : headers.getAcceptableLanguages()) {
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(l.getLanguage())) {
                return Locale.SIMPLIFIED_CHINESE;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
