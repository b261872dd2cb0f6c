package org.selfcheck.shared;

import java.util.Locale;

/**
 * 国民经济行业分类 code (GB/T 4754-2017): an optional section letter (A-T) and the division (2 digits),
 * group (3) or class (4 digits), e.g. {@code C2614} or {@code 31}. The division decides which
 * industry articles of a judgment standard apply.
 */
public record IndustryCode(String value) {

    public IndustryCode {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of("industryCode", "industryCode.required");
        }
        if (!value.matches("[A-T]?\\d{2,4}")) {
            throw InvalidInputException.of("industryCode", "industryCode.format");
        }
    }

    public static IndustryCode of(String text) {
        return new IndustryCode(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    /** The two-digit division (大类), e.g. 26 for C2614. */
    public int division() {
        String digits = Character.isLetter(value.charAt(0)) ? value.substring(1) : value;
        return Integer.parseInt(digits.substring(0, 2));
    }
}
