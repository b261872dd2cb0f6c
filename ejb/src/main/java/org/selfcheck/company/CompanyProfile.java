package org.selfcheck.company;

import org.selfcheck.shared.IndustryCode;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.InvalidInputException.FieldError;
import org.selfcheck.shared.RegionCode;
import org.selfcheck.shared.UnifiedSocialCreditCode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A valid company profile. {@link #from} reports every invalid field at once, not just the first.
 */
public record CompanyProfile(UnifiedSocialCreditCode creditCode, String name, RegionCode regionCode,
                             IndustryCode industryCode, String industryName, boolean highRisk,
                             StandardisationGrade grade, String address, Set<SpecialField> specialFields) {

    public static final int NAME_MAX = 200;
    public static final int INDUSTRY_NAME_MAX = 100;
    public static final int ADDRESS_MAX = 300;

    /**
     * @param knownSite whether a well-formed region code names a production site the region directory knows (a county
     *                  in use, or the company's own present site)
     */
    public static CompanyProfile from(CompanyProfileInput in, Predicate<String> knownSite) {
        List<FieldError> errors = new ArrayList<>();
        UnifiedSocialCreditCode creditCode = collect(errors, () -> UnifiedSocialCreditCode.of(in.creditCode()));
        String name = text(errors, "name", in.name(), NAME_MAX, true);
        RegionCode region = collect(errors, () -> RegionCode.of(in.regionCode()));
        if (region != null && !knownSite.test(region.value())) {
            errors.add(new FieldError("regionCode", "regionCode.notCounty", List.of(region.value())));
            region = null;
        }
        IndustryCode industry = collect(errors, () -> IndustryCode.of(in.industryCode()));
        String industryName = text(errors, "industryName", in.industryName(), INDUSTRY_NAME_MAX, true);
        if (in.highRisk() == null) {
            errors.add(new FieldError("highRisk", "highRisk.required", List.of()));
        }
        StandardisationGrade grade = grade(errors, in.standardisationGrade());
        String address = text(errors, "address", in.address(), ADDRESS_MAX, false);
        Set<SpecialField> fields = specialFields(errors, in.specialFields());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CompanyProfile(creditCode, name, region, industry, industryName, in.highRisk(), grade, address, fields);
    }

    private static <T> T collect(List<FieldError> errors, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static String text(List<FieldError> errors, String field, String value, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            errors.add(new FieldError(field, field + ".required", List.of()));
        } else if (v.length() > max) {
            errors.add(new FieldError(field, field + ".length", List.of(max)));
        }
        return v.isEmpty() ? null : v;
    }

    private static Set<SpecialField> specialFields(List<FieldError> errors, List<String> names) {
        Set<SpecialField> fields = EnumSet.noneOf(SpecialField.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                fields.add(SpecialField.valueOf(name == null ? "" : name.strip()));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("specialFields", "specialField.unknown", List.of(String.valueOf(name))));
            }
        }
        return Collections.unmodifiableSet(fields);
    }

    private static StandardisationGrade grade(List<FieldError> errors, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError("standardisationGrade", "grade.required", List.of()));
            return null;
        }
        try {
            return StandardisationGrade.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("standardisationGrade", "grade.unknown", List.of()));
            return null;
        }
    }
}
