package org.selfcheck.report.seal;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalJsonTest {

    static final String REPORT = """
            {
              "schema": "selfcheck.quarterly-report/1",
              "quarter": "2026Q1",
              "company": {"name": "杭州某某化工有限公司", "creditCode": "91330106MA27Y1A30W"},
              "statistics": {"found": 3, "remediated": 2, "underRemediation": 1, "overdue": 0},
              "hazards": [
                {"id": 7, "fundsAmount": 12500.50, "description": "消防通道堵塞", "closedOn": null, "overdue": false}
              ]
            }
            """;

    static final String SAME_REPORT_OTHER_ORDER = "{\"hazards\":[{\"overdue\":false,\"closedOn\":null,"
            + "\"description\":\"消防通道堵塞\",\"fundsAmount\":12500.5,\"id\":7}],\"statistics\":{\"overdue\":0,"
            + "\"underRemediation\":1,\"remediated\":2,\"found\":3},\"company\":{\"creditCode\":\"91330106MA27Y1A30W\","
            + "\"name\":\"杭州某某化工有限公司\"},\"quarter\":\"2026Q1\",\"schema\":\"selfcheck.quarterly-report/1\"}";

    @Test
    void the_same_content_gives_the_same_text_whatever_the_key_order_and_whitespace() {
        assertThat(CanonicalJson.canonical(REPORT)).isEqualTo(CanonicalJson.canonical(SAME_REPORT_OTHER_ORDER));
    }

    @Test
    void a_report_is_written_sorted_without_whitespace_and_with_its_chinese_text_as_is() {
        assertThat(CanonicalJson.canonical(REPORT)).isEqualTo("{\"company\":{\"creditCode\":\"91330106MA27Y1A30W\","
                + "\"name\":\"杭州某某化工有限公司\"},\"hazards\":[{\"closedOn\":null,\"description\":\"消防通道堵塞\","
                + "\"fundsAmount\":12500.5,\"id\":7,\"overdue\":false}],\"quarter\":\"2026Q1\","
                + "\"schema\":\"selfcheck.quarterly-report/1\",\"statistics\":{\"found\":3,\"overdue\":0,"
                + "\"remediated\":2,\"underRemediation\":1}}");
    }

    @Test
    void the_canonical_form_of_canonical_json_is_itself() {
        String once = CanonicalJson.canonical(REPORT);
        assertThat(CanonicalJson.canonical(once)).isEqualTo(once);
    }

    @Test
    void nested_objects_are_sorted_at_every_level_and_arrays_keep_their_order() {
        assertThat(CanonicalJson.canonical("{ \"b\" : [ 3, {\"z\":1, \"a\":[{\"y\":true,\"x\":false}]}, 1 ], \"a\" : {} , \"c\":[]}"))
                .isEqualTo("{\"a\":{},\"b\":[3,{\"a\":[{\"x\":false,\"y\":true}],\"z\":1},1],\"c\":[]}");
    }

    @Test
    void keys_are_sorted_by_utf16_code_units_as_in_rfc_8785() {
        // RFC 8785 section 3.2.3: the emoji (a surrogate pair from U+D83D) sorts before U+FB33
        String json = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
                + "\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\","
                + "\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";
        assertThat(CanonicalJson.canonical(json)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\","
                + "\"\u0080\":\"Control\",\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\","
                + "\"😀\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void strings_and_literals_are_written_as_in_the_rfc_8785_example() {
        String json = "{\"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\","
                + " \"literals\": [null, true, false]}";
        assertThat(CanonicalJson.canonical(json))
                .isEqualTo("{\"literals\":[null,true,false],\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void control_characters_use_the_short_escapes_where_json_has_them() {
        assertThat(CanonicalJson.canonical(Json.createValue("\b\f\n\r\t\u0000\u001f\u007f")))
                .isEqualTo("\"\\b\\f\\n\\r\\t\\u0000\\u001f\u007f\"");
    }

    @ParameterizedTest
    @CsvSource({
            "0, 0",
            "-0, 0",
            "-0.0, 0",
            "42, 42",
            "-17, -17",
            "1.0, 1",
            "4.50, 4.5",
            "2e-3, 0.002",
            "1e2, 100",
            "1.5E+3, 1500",
            "12500.50, 12500.5",
            "0.000001, 0.000001",
            "333333333.33, 333333333.33",
            "999999999999999999999, 999999999999999999999",
    })
    void numbers_are_written_as_their_plain_decimal_value(String in, String canonical) {
        assertThat(CanonicalJson.canonical(in)).isEqualTo(canonical);
        assertThat(CanonicalJson.canonical("[" + in + "]")).isEqualTo("[" + canonical + "]");
    }

    @Test
    void big_decimals_from_json_p_are_written_like_parsed_numbers() {
        assertThat(CanonicalJson.canonical(Json.createObjectBuilder()
                .add("amount", new BigDecimal("12500.500"))
                .add("count", 3)
                .build())).isEqualTo("{\"amount\":12500.5,\"count\":3}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e21", "-1e21", "1e-7", "0.0000001", "1E+400"})
    void numbers_that_jcs_writes_with_an_exponent_are_refused(String number) {
        assertThatThrownBy(() -> CanonicalJson.canonical("{\"n\":" + number + "}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exponent");
    }

    @Test
    void nan_and_infinity_are_refused() {
        assertThatThrownBy(() -> CanonicalJson.canonical("[NaN]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.canonical("[Infinity]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.canonical(Json.createValue(Double.NaN)))
                .isInstanceOfAny(IllegalArgumentException.class, NumberFormatException.class);
    }

    @Test
    void an_object_with_a_key_twice_is_refused() {
        assertThatThrownBy(() -> CanonicalJson.canonical("{\"digest\":\"a\",\"digest\":\"b\"}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_lone_surrogate_is_refused_because_utf8_cannot_encode_it() {
        assertThatThrownBy(() -> CanonicalJson.canonical("[\"\\ud83d\"]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("surrogate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "{\"a\":1} {\"b\":2}", "{'a':1}", "[1,]", "not json"})
    void text_that_is_not_one_json_value_is_refused(String text) {
        assertThatThrownBy(() -> CanonicalJson.canonical(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void top_level_scalars_have_a_canonical_form_too() {
        assertThat(CanonicalJson.canonical(" \"隐患\" ")).isEqualTo("\"隐患\"");
        assertThat(CanonicalJson.canonical("true")).isEqualTo("true");
        assertThat(CanonicalJson.canonical("null")).isEqualTo("null");
    }
}
