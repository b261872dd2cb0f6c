package org.selfcheck.onboarding.imports;

import org.selfcheck.shared.Messages;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of the import template, in order; each is named by the field its errors name (so that a row's error
 * says which column is wrong) and headed by its label in the reader's language, a star for a required one.
 */
public enum ImportColumn {
    CREDIT_CODE("creditCode", true, 22),
    NAME("name", true, 30),
    REGION("regionCode", true, 28),
    INDUSTRY_CODE("industryCode", true, 12),
    INDUSTRY_NAME("industryName", true, 20),
    HIGH_RISK("highRisk", true, 10),
    GRADE("standardisationGrade", true, 14),
    CERTIFICATE_NO("certificateNo", false, 20),
    CERTIFICATE_VALID_UNTIL("certificateValidUntil", false, 16),
    ADDRESS("address", false, 30),
    MANAGER_NAME("managerName", true, 14),
    MANAGER_MOBILE("managerMobile", true, 14),
    MANAGER_EMAIL("managerEmail", true, 26);

    private final String field;
    private final boolean required;
    private final int width;

    ImportColumn(String field, boolean required, int width) {
        this.field = field;
        this.required = required;
        this.width = width;
    }

    /** The field of the profile or application the column fills, as field errors name it. */
    public String field() {
        return field;
    }

    public boolean required() {
        return required;
    }

    /** The column's width in the template, in characters. */
    int width() {
        return width;
    }

    /** The column's own name, without the star. */
    public String label(Locale locale) {
        return Messages.get(locale, "import.column." + field);
    }

    /** The header cell's text: the name, and a star for a required column. */
    public String header(Locale locale) {
        return required ? label(locale) + " *" : label(locale);
    }

    /** The column a field error names, if it names one. */
    public static Optional<ImportColumn> ofField(String field) {
        return Stream.of(values()).filter(c -> c.field.equals(field)).findFirst();
    }
}
