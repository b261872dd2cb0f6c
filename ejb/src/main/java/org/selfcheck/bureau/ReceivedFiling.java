package org.selfcheck.bureau;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.selfcheck.filing.FilingDocument;
import org.selfcheck.filing.FilingEvent;
import org.selfcheck.filing.FilingKind;
import org.selfcheck.report.seal.CanonicalJson;
import org.selfcheck.report.seal.Digests;
import org.selfcheck.report.seal.SealVerifier;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.InvalidInputException.FieldError;
import org.selfcheck.shared.RegionCode;
import org.selfcheck.shared.UnifiedSocialCreditCode;

import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A filing as the intake received it, after every check: the body is the envelope {@code {digest, document,
 * signature}}; the document has the format of {@link FilingDocument}; the digest is the SHA-256 of the document's
 * canonical form; the signature is the portal's JWS over that digest and this filing id. Anything else is refused
 * with the fields that are wrong, before anything is stored.
 *
 * @param canonicalDocument the document in canonical form, as stored and as the digest covers it
 */
public record ReceivedFiling(UUID filingId, FilingKind kind, FilingEvent event, String creditCode, String regionCode,
                             String digest, String canonicalDocument, String portalJws) {

    private static final Set<String> ENVELOPE = Set.of("digest", "document", "signature");

    /**
     * Checks a posted body against the portal's public key.
     *
     * @throws InvalidInputException naming each field that is wrong (message keys {@code intake.*})
     */
    public static ReceivedFiling check(String body, PublicKey portalKey) {
        JsonObject envelope;
        try {
            envelope = CanonicalJson.parseObject(body == null ? "" : body);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("body", "intake.notJson");
        }
        List<FieldError> errors = new ArrayList<>();
        for (String name : envelope.keySet()) {
            if (!ENVELOPE.contains(name)) {
                errors.add(error(name, "intake.unknownField"));
            }
        }
        String digest = string(envelope, "digest", errors);
        String signature = string(envelope, "signature", errors);
        JsonValue documentValue = envelope.get("document");
        if (documentValue == null || documentValue.getValueType() != JsonValue.ValueType.OBJECT) {
            errors.add(error("document", "intake.required"));
            throw new InvalidInputException(errors);
        }
        JsonObject document = documentValue.asJsonObject();
        if (!FilingDocument.FORMAT.equals(text(document, "format"))) {
            errors.add(error("document.format", "intake.format"));
        }
        UUID filingId = uuid(text(document, "filingId"), errors);
        FilingKind kind = choice(FilingKind.class, text(document, "kind"), "document.kind", errors);
        FilingEvent event = choice(FilingEvent.class, text(document, "event"), "document.event", errors);
        if (kind != null && event != null && event.kind() != kind) {
            errors.add(error("document.event", "intake.eventKind"));
        }
        if (instant(text(document, "createdAt")) == null) {
            errors.add(error("document.createdAt", "intake.time"));
        }
        JsonObject company = object(document, "company");
        String creditCode = company == null ? null : text(company, "creditCode");
        String regionCode = company == null ? null : text(company, "regionCode");
        if (creditCode == null || UnifiedSocialCreditCode.check(creditCode) != UnifiedSocialCreditCode.Check.VALID) {
            errors.add(error("document.company.creditCode", "intake.creditCode"));
        }
        try {
            RegionCode.of(regionCode);
        } catch (InvalidInputException e) {
            errors.add(error("document.company.regionCode", "intake.regionCode"));
        }
        if (company == null || text(company, "name") == null) {
            errors.add(error("document.company.name", "intake.required"));
        }
        if (kind == FilingKind.REPORT) {
            JsonObject report = object(document, "report");
            if (report == null || text(report, "digest") == null || text(report, "jws") == null || object(report, "document") == null) {
                errors.add(error("document.report", "intake.required"));
            }
        } else if (kind != null) {
            JsonObject hazard = object(document, "hazard");
            if (hazard == null || !(hazard.get("id") instanceof jakarta.json.JsonNumber)) {
                errors.add(error("document.hazard", "intake.required"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String canonical;
        try {
            canonical = CanonicalJson.canonical(document);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("document", "intake.notCanonical");
        }
        if (!Digests.sha256Hex(canonical).equals(digest)) {
            throw InvalidInputException.of("digest", "intake.digest");
        }
        JsonObject claims = SealVerifier.signedClaims(signature, portalKey)
                .orElseThrow(() -> InvalidInputException.of("signature", "intake.signature"));
        if (!FilingDocument.Sealed.claims(digest, filingId.toString()).equals(claims)) {
            throw InvalidInputException.of("signature", "intake.signatureOther");
        }
        return new ReceivedFiling(filingId, kind, event, creditCode, regionCode, digest, canonical, signature);
    }

    private static String string(JsonObject o, String name, List<FieldError> errors) {
        String v = text(o, name);
        if (v == null) {
            errors.add(error(name, "intake.required"));
        }
        return v;
    }

    private static String text(JsonObject o, String name) {
        return o.get(name) instanceof JsonString s && !s.getString().isBlank() ? s.getString() : null;
    }

    private static JsonObject object(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v != null && v.getValueType() == JsonValue.ValueType.OBJECT ? v.asJsonObject() : null;
    }

    private static UUID uuid(String text, List<FieldError> errors) {
        try {
            if (text != null && text.length() == 36) {
                return UUID.fromString(text);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        errors.add(error("document.filingId", "intake.filingId"));
        return null;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text, String field, List<FieldError> errors) {
        try {
            if (text != null) {
                return Enum.valueOf(type, text);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        errors.add(new FieldError(field, "choice.unknown", List.of(String.valueOf(text))));
        return null;
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static FieldError error(String field, String key) {
        return new FieldError(field, key, List.of());
    }
}
