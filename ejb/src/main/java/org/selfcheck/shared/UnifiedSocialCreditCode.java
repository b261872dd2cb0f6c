package org.selfcheck.shared;

import java.util.Objects;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from {@code 0-9 A-H J-N P-R T U W-Y}; the 18th is a check
 * character over the first 17 with weights {@code 3^(i-1) mod 31}.
 */
public final class UnifiedSocialCreditCode {

    /** The 31 characters of the code, in the order of their values 0..30. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int LENGTH = 18;
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Why a text is not a valid code; {@link #VALID} when it is. */
    public enum Check {
        VALID, EMPTY, WRONG_LENGTH, ILLEGAL_CHARACTER, WRONG_CHECK_CHARACTER
    }

    private final String value;

    private UnifiedSocialCreditCode(String value) {
        this.value = value;
    }

    /**
     * @throws InvalidInputException with field {@code creditCode} when the text is not a valid code
     */
    public static UnifiedSocialCreditCode of(String text) {
        String normalised = normalise(text);
        Check check = check(normalised);
        if (check != Check.VALID) {
            throw InvalidInputException.of("creditCode", messageKey(check));
        }
        return new UnifiedSocialCreditCode(normalised);
    }

    /** Upper case without surrounding blanks; codes are printed in capitals on business licences. */
    public static String normalise(String text) {
        return text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public static Check check(String text) {
        if (text == null || text.isEmpty()) {
            return Check.EMPTY;
        }
        if (text.length() != LENGTH) {
            return Check.WRONG_LENGTH;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return Check.ILLEGAL_CHARACTER;
            }
        }
        return text.charAt(LENGTH - 1) == checkCharacter(text.substring(0, LENGTH - 1)) ? Check.VALID
                : Check.WRONG_CHECK_CHARACTER;
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("17 characters expected");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("illegal character " + first17.charAt(i));
            }
            sum += v * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }

    public static String messageKey(Check check) {
        return switch (check) {
            case VALID -> throw new IllegalArgumentException("valid");
            case EMPTY -> "creditCode.required";
            case WRONG_LENGTH -> "creditCode.length";
            case ILLEGAL_CHARACTER -> "creditCode.characters";
            case WRONG_CHECK_CHARACTER -> "creditCode.checkCharacter";
        };
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnifiedSocialCreditCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
