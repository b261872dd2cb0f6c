package org.selfcheck.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class JsonStringsTest {

    private static java.util.Optional<String> scan(String json) {
        return JsonStrings.firstWithControlCharacter(json.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"name\":\"甲\\u0000公司\"}                                        | name",
            "{\"creditCode\":\"91330106MA27Y1A30W\",\"note\":\"a\\u001bb\"}        | note",
            "{\"plan\":{\"measures\":\"x\\u0007\"}}                               | plan.measures",
            "{\"participants\":[{\"name\":\"a\"},{\"name\":\"b\\u0000\"}]}        | participants[1].name",
            "{\"tags\":[\"ok\",1,true,null,\"\\u0000\"]}                          | tags[4]",
            "[\"a\",\"\\u0000\"]                                                  | [1]",
            "\"\\u0000\"                                                          | body"})
    void namesWhereTheControlCharacterIs(String json, String field) {
        assertThat(scan(json)).contains(field);
    }

    @Test
    void aMemberNameWithANulIsNamedToo() {
        assertThat(scan("{\"a\":{\"b\\u0000\":1}}")).contains("a.b\u0000");
    }

    @Test
    void ordinaryTextWithLineBreaksAndTabsIsClean() {
        assertThat(scan("{\"description\":\"第一行\\n第二行\\r\\n\\t缩进\",\"n\":[1,2,{\"x\":\"y\"}],\"ok\":true}")).isEmpty();
    }

    @Test
    void aBodyThatIsNotJsonIsLeftToTheJsonBinding() {
        assertThat(scan("{\"name\": ")).isEmpty();
        assertThat(scan("not json")).isEmpty();
    }
}
