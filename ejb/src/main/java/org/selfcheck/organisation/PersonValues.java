package org.selfcheck.organisation;

import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A person's validated values: every invalid field is reported at once, and nothing is stored before. */
public record PersonValues(String name, String position, String phone, String username, boolean external, String employer) {

    static final int MAX_NAME = 50;
    static final int MAX_POSITION = 100;
    static final int MAX_EMPLOYER = 200;
    /** a mobile number (optionally +86) or a landline with area code and extension */
    private static final Pattern PHONE = Pattern.compile("(\\+86)?1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}(-[0-9]{1,6})?");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{1,100}");

    public static PersonValues from(PersonInput in) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String name = Texts.clean(in.name());
        String position = Texts.clean(in.position());
        String phone = in.phone() == null ? null : in.phone().replaceAll("[\\s()]", "");
        String username = Texts.clean(in.username());
        boolean external = Boolean.TRUE.equals(in.external());
        String employer = external ? Texts.clean(in.employer()) : null;
        required(errors, "name", name, MAX_NAME);
        required(errors, "position", position, MAX_POSITION);
        if (phone == null || phone.isEmpty()) {
            errors.add(error("phone", "person.phone.required"));
        } else if (!PHONE.matcher(phone).matches()) {
            errors.add(error("phone", "person.phone.format"));
        }
        if (username != null) {
            username = username.toLowerCase(Locale.ROOT);
            if (!USERNAME.matcher(username).matches()) {
                errors.add(error("username", "person.username.format"));
            }
        }
        if (external) {
            required(errors, "employer", employer, MAX_EMPLOYER);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PersonValues(name, position, phone, username, external, employer);
    }

    private static void required(List<InvalidInputException.FieldError> errors, String field, String value, int max) {
        if (value == null) {
            errors.add(error(field, "person." + field + ".required"));
        } else if (value.length() > max) {
            errors.add(new InvalidInputException.FieldError(field, "text.length", List.of(max)));
        }
    }

    private static InvalidInputException.FieldError error(String field, String key) {
        return new InvalidInputException.FieldError(field, key, List.of());
    }
}
