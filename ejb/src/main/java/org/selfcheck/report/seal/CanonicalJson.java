package org.selfcheck.report.seal;

import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import org.selfcheck.shared.JsonP;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON in the canonical form of RFC 8785 (JSON Canonicalization Scheme): object members sorted by their keys
 * compared as UTF-16 code units, no whitespace, strings escaped only where JSON requires it. A digest is taken
 * of bytes, not of meaning, so two writers of the same report (another run, another JSON library, another key
 * order) must produce the same bytes; this form is what makes that so.
 *
 * <p>Numbers are where this differs from a full JCS implementation, which writes every number as an ECMAScript
 * engine would write the nearest IEEE double. Reports carry amounts as strings, integers or {@link BigDecimal}s in
 * plain notation, so this class writes the decimal value itself, with trailing zeros dropped ({@code 4.50} is
 * {@code 4.5}, {@code 1.0} and {@code 1e2} are {@code 1} and {@code 100}, {@code -0} is {@code 0}). That is
 * exactly what JCS writes for integers up to 2<sup>53</sup> and for decimals of at most 15 significant digits
 * between 10<sup>-6</sup> and 10<sup>21</sup>. Larger integers and longer decimals keep every digit, where JCS
 * would first round them to a double: the digest must cover what the report said, not an approximation of it.
 * Numbers that JCS would write in exponent notation (below 10<sup>-6</sup>, from 10<sup>21</sup>) are refused,
 * as are NaN and the infinities, which JSON has no text for.
 *
 * <p>Input is refused too when it is not JSON, when an object has the same key twice (which value would the
 * digest cover?) and when a string holds a lone surrogate (which UTF-8 cannot encode).
 */
public final class CanonicalJson {

    /** 10<sup>21</sup>: from here on JCS writes numbers in exponent notation. */
    private static final int MAX_ADJUSTED_EXPONENT = 20;
    /** 10<sup>-6</sup>: below it JCS writes numbers in exponent notation. */
    private static final int MIN_ADJUSTED_EXPONENT = -6;

    private CanonicalJson() {
    }

    /**
     * The canonical form of a JSON text.
     *
     * @throws IllegalArgumentException when the text is not one JSON value, has a duplicate key, or holds a
     *                                  number or string that has no canonical form here (see the class comment)
     */
    public static String canonical(String json) {
        return canonical(parse(json));
    }

    /**
     * The canonical form of a JSON-P value.
     *
     * @throws IllegalArgumentException when it holds a number or string that has no canonical form here
     */
    public static String canonical(JsonValue value) {
        if (value == null) {
            throw new IllegalArgumentException("no JSON value");
        }
        StringBuilder out = new StringBuilder(256);
        write(out, value);
        return out.toString();
    }

    /**
     * Parses one JSON object, refusing duplicate keys.
     *
     * @throws IllegalArgumentException when the text is not one JSON object or an object has a key twice
     */
    public static JsonObject parseObject(String json) {
        JsonValue value = parse(json);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return value.asJsonObject();
    }

    /**
     * Parses one JSON value, refusing duplicate keys.
     *
     * @throws IllegalArgumentException when the text is not one JSON value or an object has a key twice
     */
    static JsonValue parse(String json) {
        if (json == null) {
            throw new IllegalArgumentException("no JSON text");
        }
        // a parser rather than a JsonReader: Parsson's reader ignores what follows the first value
        try (JsonParser parser = Parsers.FACTORY.createParser(new StringReader(json))) {
            if (!parser.hasNext()) {
                throw new IllegalArgumentException("no JSON value");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new IllegalArgumentException("more than one JSON value");
            }
            return value;
        } catch (JsonException | IllegalStateException e) {
            // Parsson reports a duplicate key read by a parser as an IllegalStateException
            throw new IllegalArgumentException("not JSON, or a key appears twice: " + e.getMessage(), e);
        }
    }

    private static void write(StringBuilder out, JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> writeObject(out, value.asJsonObject());
            case ARRAY -> writeArray(out, value.asJsonArray());
            case STRING -> writeString(out, ((JsonString) value).getString());
            case NUMBER -> out.append(number((JsonNumber) value));
            case TRUE -> out.append("true");
            case FALSE -> out.append("false");
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("not a JSON value: " + value.getValueType());
        }
    }

    private static void writeObject(StringBuilder out, JsonObject object) {
        // String.compareTo compares UTF-16 code units, which is the order RFC 8785 prescribes
        List<Map.Entry<String, JsonValue>> members = new ArrayList<>(object.entrySet());
        members.sort(Map.Entry.comparingByKey());
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonValue> member : members) {
            if (!first) {
                out.append(',');
            }
            first = false;
            writeString(out, member.getKey());
            out.append(':');
            write(out, member.getValue());
        }
        out.append('}');
    }

    private static void writeArray(StringBuilder out, JsonArray array) {
        out.append('[');
        boolean first = true;
        for (JsonValue element : array) {
            if (!first) {
                out.append(',');
            }
            first = false;
            write(out, element);
        }
        out.append(']');
    }

    /**
     * RFC 8785 section 3.2.2.2: the two-character escapes where JSON has them, other control characters as
     * <code>&#92;u00xx</code> with lowercase hex, everything else as it is (no escaped non-ASCII).
     */
    private static void writeString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16))
                                .append(Character.forDigit(c & 0xf, 16));
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        throw new IllegalArgumentException("a string holds a lone surrogate at index " + i);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static String number(JsonNumber number) {
        BigDecimal value;
        try {
            value = number.bigDecimalValue();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a finite number: " + number, e);
        }
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        int adjustedExponent = stripped.precision() - stripped.scale() - 1;
        if (adjustedExponent > MAX_ADJUSTED_EXPONENT || adjustedExponent < MIN_ADJUSTED_EXPONENT) {
            throw new IllegalArgumentException("JCS writes this number in exponent notation, which is not supported: "
                    + number);
        }
        return stripped.toPlainString();
    }

    /** Created on first use, so that a missing JSON-P provider fails the call that needs it, not class loading. */
    private static final class Parsers {
        static final JsonParserFactory FACTORY = JsonP.PROVIDER.createParserFactory(Map.of(
                JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE,
                // Parsson's own switch, for versions that read only that one
                "org.eclipse.parsson.rejectDuplicateKeys", true));
    }
}
