package org.selfcheck.onboarding.imports;

import org.selfcheck.company.CompanyProfileInput;
import org.selfcheck.company.StandardisationGrade;
import org.selfcheck.onboarding.ApplicationForm;
import org.selfcheck.onboarding.ApplicationInput;
import org.selfcheck.shared.ControlCharacters;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.InvalidInputException.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A row of the template read as an application would be ({@link ApplicationForm}: the same checks, every invalid cell
 * reported at once): the site as a county's code or its full name, yes/no and the grade in either language.
 */
final class ImportRows {

    private ImportRows() {
    }

    /**
     * @param countyByName the code of the county in use with this full name (浙江省杭州市西湖区), if any
     * @param knownSite    whether a code names a county in use
     */
    static ApplicationForm form(Map<ImportColumn, String> cells, Function<String, Optional<String>> countyByName,
                                Predicate<String> knownSite, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<ImportColumn, String> cell : cells.entrySet()) {
            if (ControlCharacters.present(cell.getValue())) {
                errors.add(new FieldError(cell.getKey().field(), ControlCharacters.MESSAGE_KEY,
                        List.of(cell.getKey().label(Locale.SIMPLIFIED_CHINESE))));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String region = cells.get(ImportColumn.REGION);
        if (region != null && !region.chars().allMatch(Character::isDigit)) {
            Optional<String> code = countyByName.apply(region);
            if (code.isEmpty()) {
                errors.add(new FieldError(ImportColumn.REGION.field(), "import.region.unknown", List.of(region)));
            }
            region = code.orElse(null);
        }
        String highRiskText = cells.get(ImportColumn.HIGH_RISK);
        Boolean highRisk = yesNo(highRiskText);
        if (highRiskText != null && highRisk == null) {
            errors.add(new FieldError(ImportColumn.HIGH_RISK.field(), "import.yesNo", List.of(highRiskText)));
        }
        CompanyProfileInput company = new CompanyProfileInput(cells.get(ImportColumn.CREDIT_CODE), cells.get(ImportColumn.NAME),
                region, cells.get(ImportColumn.INDUSTRY_CODE), cells.get(ImportColumn.INDUSTRY_NAME), highRisk,
                grade(cells.get(ImportColumn.GRADE)), cells.get(ImportColumn.ADDRESS), List.of(), null);
        ApplicationInput input = new ApplicationInput(company, cells.get(ImportColumn.CERTIFICATE_NO),
                cells.get(ImportColumn.CERTIFICATE_VALID_UNTIL), cells.get(ImportColumn.MANAGER_NAME),
                cells.get(ImportColumn.MANAGER_MOBILE), cells.get(ImportColumn.MANAGER_EMAIL));
        try {
            ApplicationForm form = ApplicationForm.from(input, knownSite, today);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return form;
        } catch (InvalidInputException e) {
            // a cell already reported (an unknown name, a yes/no that is neither) is not reported again as missing
            Set<String> reported = errors.stream().map(FieldError::field).collect(Collectors.toSet());
            e.errors().stream().filter(f -> !reported.contains(f.field())).forEach(errors::add);
            throw new InvalidInputException(errors);
        }
    }

    /** 是/否, yes/no, true/false, Y/N in either case; anything else is none. */
    static Boolean yesNo(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Locale l : ImportWorkbook.HEADER_LOCALES) {
            if (t.equals(ImportWorkbook.yes(l).toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (t.equals(ImportWorkbook.no(l).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return switch (t) {
            case "true", "y" -> true;
            case "false", "n" -> false;
            default -> null;
        };
    }

    /** The grade's name for a label in either language (一级, Grade 1), or the text as it is (then refused as unknown). */
    static String grade(String text) {
        if (text == null) {
            return null;
        }
        for (StandardisationGrade g : StandardisationGrade.values()) {
            for (Locale l : ImportWorkbook.HEADER_LOCALES) {
                if (text.strip().equalsIgnoreCase(ImportWorkbook.grade(l, g))) {
                    return g.name();
                }
            }
        }
        return text;
    }
}
