package org.selfcheck.onboarding;

import org.selfcheck.company.CompanyProfile;
import org.selfcheck.company.StandardisationGrade;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.InvalidInputException.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A valid application: {@link #from} reports every invalid field at once, the company's with its own. A graded company
 * names its certificate and the day it is valid until, which must not have passed; a company not graded names none.
 */
public record ApplicationForm(CompanyProfile profile, String certificateNo, LocalDate certificateValidUntil,
                              String managerName, String managerMobile, String managerEmail) {

    static final int CERTIFICATE_MAX = 60;
    static final int MANAGER_NAME_MAX = 50;
    static final int EMAIL_MAX = 254;
    /** 中国大陆手机号: 11 digits from 13x to 19x. */
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /** what a mail server takes: one @, no spaces, a dot in the domain; the mail that follows proves it */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    /** Whether {@code text} is an 11-digit mainland mobile number. */
    static boolean isMobile(String text) {
        return text != null && MOBILE.matcher(text).matches();
    }

    /** Whether {@code text} is an e-mail address a mail server takes. */
    static boolean isEmail(String text) {
        return text != null && text.length() <= EMAIL_MAX && EMAIL.matcher(text).matches();
    }

    public static ApplicationForm from(ApplicationInput in, Predicate<String> knownSite, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        CompanyProfile profile = null;
        try {
            profile = CompanyProfile.from(in.company(), knownSite);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        boolean graded = in.company().standardisationGrade() != null
                && !StandardisationGrade.NOT_GRADED.name().equals(in.company().standardisationGrade().strip());
        String certificate = clean(in.certificateNo());
        LocalDate validUntil = null;
        if (graded) {
            if (certificate == null) {
                errors.add(new FieldError("certificateNo", "application.certificate.required", List.of()));
            } else if (certificate.length() > CERTIFICATE_MAX) {
                errors.add(new FieldError("certificateNo", "text.length", List.of(CERTIFICATE_MAX)));
            }
            validUntil = date(errors, in.certificateValidUntil(), today);
        } else {
            certificate = null;
        }
        String name = clean(in.managerName());
        if (name == null) {
            errors.add(new FieldError("managerName", "application.managerName.required", List.of()));
        } else if (name.length() > MANAGER_NAME_MAX) {
            errors.add(new FieldError("managerName", "text.length", List.of(MANAGER_NAME_MAX)));
        }
        String mobile = clean(in.managerMobile());
        if (!isMobile(mobile)) {
            errors.add(new FieldError("managerMobile", "application.mobile.format", List.of()));
        }
        String email = clean(in.managerEmail());
        // one spelling of the address everywhere: Keycloak keeps addresses in lower case
        email = email == null ? null : email.toLowerCase(java.util.Locale.ROOT);
        if (!isEmail(email)) {
            errors.add(new FieldError("managerEmail", "application.email.format", List.of()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ApplicationForm(profile, certificate, validUntil, name, mobile, email);
    }

    private static LocalDate date(List<FieldError> errors, String text, LocalDate today) {
        String t = clean(text);
        if (t == null) {
            errors.add(new FieldError("certificateValidUntil", "application.validUntil.required", List.of()));
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(t);
            if (d.isBefore(today)) {
                errors.add(new FieldError("certificateValidUntil", "application.validUntil.expired", List.of(t)));
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("certificateValidUntil", "date.format", List.of(t)));
            return null;
        }
    }

    private static String clean(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return s.strip();
    }
}
