package org.selfcheck.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/** The language of an answer: zh-CN first, English when the client asks for it (Accept-Language). */
public final class Languages {

    private Languages() {
    }

    public static Locale of(HttpHeaders headers) {
        return of(headers.getAcceptableLanguages());
    }

    /** The same for a servlet's answer (filters and error pages outside JAX-RS). */
    public static Locale of(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Locale.SIMPLIFIED_CHINESE
                : of(java.util.Collections.list(request.getLocales()));
    }

    static Locale of(Iterable<Locale> acceptable) {
        for (Locale l : acceptable) {
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
