package org.selfcheck.catalogue;

import org.selfcheck.company.SpecialField;
import org.selfcheck.shared.IndustryCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which companies a standard or one of its articles reaches, in the catalogue file syntax: {@code ALL},
 * {@code INDUSTRY 33-40,43} (GB/T 4754 divisions) or {@code FIELD DUST_EXPLOSION}.
 *
 * @param divisions the division ranges of {@link Kind#INDUSTRY}, empty otherwise
 * @param field     the special field of {@link Kind#FIELD}, null otherwise
 */
public record Applicability(Kind kind, List<DivisionRange> divisions, SpecialField field) {

    public enum Kind {
        ALL, INDUSTRY, FIELD
    }

    /** Divisions {@code from} to {@code to}, both included; a single division has from = to. */
    public record DivisionRange(int from, int to) {

        public DivisionRange {
            // GB/T 4754-2017 numbers its divisions 01 to 97; anything else is a typing error in the file
            if (from < 1 || to > 97 || from > to) {
                throw new IllegalArgumentException("division range must lie within 01-97 and run upwards: " + from + "-" + to);
            }
        }

        public boolean contains(int division) {
            return division >= from && division <= to;
        }

        @Override
        public String toString() {
            return from == to ? "%02d".formatted(from) : "%02d-%02d".formatted(from, to);
        }
    }

    public static final Applicability ALL_COMPANIES = new Applicability(Kind.ALL, List.of(), null);

    private static final Pattern SYNTAX = Pattern.compile("(ALL)|INDUSTRY (\\S+)|FIELD ([A-Z_]+)");
    private static final Pattern RANGE = Pattern.compile("(\\d{2})(?:-(\\d{2}))?");

    public Applicability {
        Objects.requireNonNull(kind, "kind");
        divisions = divisions == null ? List.of() : List.copyOf(divisions);
        if ((kind == Kind.INDUSTRY) == divisions.isEmpty() || (kind == Kind.FIELD) == (field == null)) {
            throw new IllegalArgumentException(kind + " takes " + switch (kind) {
                case ALL -> "neither divisions nor a field";
                case INDUSTRY -> "division ranges and no field";
                case FIELD -> "a field and no divisions";
            });
        }
    }

    public static Applicability industries(DivisionRange... ranges) {
        return new Applicability(Kind.INDUSTRY, List.of(ranges), null);
    }

    public static Applicability field(SpecialField field) {
        return new Applicability(Kind.FIELD, List.of(), field);
    }

    /**
     * Reads the file syntax. Keywords and field names are upper case and ranges are comma-separated two-digit
     * divisions without spaces, so that a file has one spelling for each rule.
     *
     * @throws IllegalArgumentException naming what is wrong, if the text is not in that syntax
     */
    public static Applicability parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("applicability is empty: expected ALL, INDUSTRY <divisions> or FIELD <field>");
        }
        Matcher m = SYNTAX.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("applicability must be ALL, INDUSTRY <divisions, e.g. 33-40,43> or FIELD <"
                    + fieldNames() + ">, not '" + text.strip() + "'");
        }
        if (m.group(1) != null) {
            return ALL_COMPANIES;
        }
        if (m.group(3) != null) {
            try {
                return field(SpecialField.valueOf(m.group(3)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown special field '" + m.group(3) + "': expected one of " + fieldNames(), e);
            }
        }
        List<DivisionRange> ranges = new ArrayList<>();
        for (String part : m.group(2).split(",", -1)) {
            Matcher r = RANGE.matcher(part);
            if (!r.matches()) {
                throw new IllegalArgumentException("division ranges must be two-digit divisions like 31 or 33-40, "
                        + "separated by commas without spaces, not '" + m.group(2) + "'");
            }
            int from = Integer.parseInt(r.group(1));
            ranges.add(new DivisionRange(from, r.group(2) == null ? from : Integer.parseInt(r.group(2))));
        }
        return new Applicability(Kind.INDUSTRY, ranges, null);
    }

    /**
     * Whether a company with this industry code (e.g. {@code C3311}) and these special fields is reached. The code
     * is checked even where it does not decide, so that a company without a valid code is never silently served.
     *
     * @throws org.selfcheck.shared.InvalidInputException if the industry code is missing or malformed
     */
    public boolean appliesTo(String industryCode, Set<SpecialField> fields) {
        int division = IndustryCode.of(industryCode).division();
        return switch (kind) {
            case ALL -> true;
            case INDUSTRY -> divisions.stream().anyMatch(r -> r.contains(division));
            case FIELD -> fields != null && fields.contains(field);
        };
    }

    /** The file syntax, so that {@code parse(a.toString())} equals {@code a}. */
    @Override
    public String toString() {
        return switch (kind) {
            case ALL -> "ALL";
            case INDUSTRY -> "INDUSTRY " + divisions.stream().map(DivisionRange::toString).collect(Collectors.joining(","));
            case FIELD -> "FIELD " + field.name();
        };
    }

    private static String fieldNames() {
        return Arrays.stream(SpecialField.values()).map(Enum::name).collect(Collectors.joining("|"));
    }
}
