package org.selfcheck.shared;

/**
 * Text a person can type: no control characters but tab, line feed and carriage return. PostgreSQL refuses a NUL
 * in text outright (and an escape or a bell in a name is never meant), so such input is refused at the boundary with
 * the field named, before it reaches a service or a statement.
 */
public final class ControlCharacters {

    /** The message key of the field error. */
    public static final String MESSAGE_KEY = "text.controlCharacter";

    private ControlCharacters() {
    }

    /** Whether {@code c} may not appear in text: C0 controls other than TAB, LF, CR; DEL; C1 controls. */
    public static boolean isForbidden(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }

    /** Whether {@code text} (null counts as clean) holds a forbidden character. */
    public static boolean present(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (isForbidden(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Throws the field error when {@code text} holds a forbidden character; answers it unchanged otherwise. */
    public static String requireNone(String field, String text) {
        if (present(text)) {
            throw in(field);
        }
        return text;
    }

    /** The field error: {@code field} holds a control character. */
    public static InvalidInputException in(String field) {
        return InvalidInputException.of(field, MESSAGE_KEY, field);
    }
}
