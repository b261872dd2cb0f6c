package org.selfcheck.filing;

import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.RegionCode;
import org.selfcheck.shared.Texts;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A bureau as an admin enters it, validated: every invalid field is reported at once.
 *
 * @param receiptKeysUrl where the bureau publishes the JWK set its receipts are signed with; when left blank, the
 *                       {@code keys} next to the intake URL ({@code .../intake/filings} → {@code .../intake/keys})
 */
public record BureauValues(String name, String jurisdiction, String intakeUrl, String receiptKeysUrl, String transport,
                           String contact, Set<FilingKind> wants, boolean active) {

    public static BureauValues of(String name, String jurisdiction, String intakeUrl, String receiptKeysUrl, String transport,
                                  String contact, List<String> wants, Boolean active) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String n = Texts.clean(name);
        if (n == null) {
            errors.add(error("name", "bureau.name.required"));
        } else if (n.length() > 100) {
            errors.add(new InvalidInputException.FieldError("name", "text.length", List.of(100)));
        }
        String j = Texts.clean(jurisdiction);
        if (!RegionCode.isJurisdictionPrefix(j)) {
            errors.add(error("jurisdiction", "bureau.jurisdiction.format"));
        }
        String url = Texts.clean(intakeUrl);
        if (!httpUrl(url)) {
            errors.add(error("intakeUrl", "bureau.intakeUrl.format"));
        }
        String keys = Texts.clean(receiptKeysUrl);
        if (keys == null && httpUrl(url)) {
            keys = URI.create(url).resolve("keys").toString();
        }
        if (keys != null && !httpUrl(keys)) {
            errors.add(error("receiptKeysUrl", "bureau.intakeUrl.format"));
        }
        String t = transport == null || transport.isBlank() ? "HTTP" : transport.strip().toUpperCase(Locale.ROOT);
        if (!t.equals("HTTP")) {
            errors.add(error("transport", "bureau.transport.unknown"));
        }
        String c = Texts.clean(contact);
        if (c != null && c.length() > 200) {
            errors.add(new InvalidInputException.FieldError("contact", "text.length", List.of(200)));
        }
        Set<FilingKind> kinds = EnumSet.noneOf(FilingKind.class);
        for (String w : wants == null ? List.<String>of() : wants) {
            try {
                kinds.add(FilingKind.valueOf(w == null ? "" : w.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidInputException.FieldError("wants", "choice.unknown", List.of(String.valueOf(w))));
            }
        }
        if (wants == null || wants.isEmpty()) {
            errors.add(error("wants", "bureau.wants.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new BureauValues(n, j, url, keys, t, c, kinds, active == null || active);
    }

    private static boolean httpUrl(String url) {
        if (url == null || url.length() > 300) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static InvalidInputException.FieldError error(String field, String key) {
        return new InvalidInputException.FieldError(field, key, List.of());
    }
}
