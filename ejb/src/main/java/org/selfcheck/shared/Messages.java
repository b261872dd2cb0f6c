package org.selfcheck.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The messages of services' errors, zh-CN first (the base bundle) and English second. A locale without a
 * bundle of its own falls back to zh-CN, never to the JVM's default locale.
 */
public final class Messages {

    private static final String BUNDLE = "org.selfcheck.shared.messages";
    private static final ResourceBundle.Control NO_JVM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_JVM_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public static String get(Locale locale, SelfCheckException e) {
        return get(locale, e.messageKey(), e.arguments());
    }
}
