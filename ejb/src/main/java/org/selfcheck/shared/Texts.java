package org.selfcheck.shared;

/** Free text as users type it: surrounding blanks do not count, and a blank field is no value. */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding blanks, or null when nothing is left. */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** At most {@code max} characters, for notes kept beside a record (never for values that are validated). */
    public static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
