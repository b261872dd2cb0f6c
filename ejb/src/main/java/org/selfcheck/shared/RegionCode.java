package org.selfcheck.shared;

import java.util.Set;

/**
 * 行政区划代码 (GB/T 2260): six digits, province (2) + prefecture (2) + county (2). A production site is
 * located at prefecture level or below; a bureau's jurisdiction is a prefix of 2, 4 or 6 digits.
 */
public record RegionCode(String value) {

    /** Province-level codes of GB/T 2260. */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");

    public RegionCode {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of("regionCode", "regionCode.required");
        }
        if (!value.matches("\\d{6}")) {
            throw InvalidInputException.of("regionCode", "regionCode.format");
        }
        if (!PROVINCES.contains(value.substring(0, 2)) || value.startsWith("00", 2)) {
            throw InvalidInputException.of("regionCode", "regionCode.unknown");
        }
    }

    public static RegionCode of(String text) {
        return new RegionCode(text == null ? null : text.strip());
    }

    /** Whether this site lies in the jurisdiction given by a region prefix (2, 4 or 6 digits). */
    public boolean isWithin(String jurisdictionPrefix) {
        return isJurisdictionPrefix(jurisdictionPrefix) && value.startsWith(jurisdictionPrefix);
    }

    public static boolean isJurisdictionPrefix(String prefix) {
        return prefix != null && prefix.matches("\\d{2}|\\d{4}|\\d{6}");
    }
}
