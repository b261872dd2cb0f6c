package org.selfcheck.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ControlCharactersTest {

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x01, 0x07, 0x08, 0x0b, 0x0c, 0x1b, 0x1f, 0x7f, 0x85, 0x9f})
    void controlCharactersAreForbidden(int c) {
        assertThat(ControlCharacters.isForbidden(c)).isTrue();
        assertThat(ControlCharacters.present("西湖" + (char) c + "化工")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "西湖测试化工有限公司", "第一行\n第二行\r\n\t缩进", "A&B <c> \"d\" 'e' ©", "\u00a0不间断空格"})
    void textPeopleTypeIsClean(String text) {
        assertThat(ControlCharacters.present(text)).isFalse();
        assertThat(ControlCharacters.requireNone("name", text)).isEqualTo(text);
    }

    @Test
    void nothingIsClean() {
        assertThat(ControlCharacters.present(null)).isFalse();
    }

    @Test
    void aNulByteIsAnErrorOfTheFieldNamed() {
        assertThatThrownBy(() -> ControlCharacters.requireNone("description", "a\u0000b"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageKeysByField()).containsEntry("description", "text.controlCharacter"));
    }
}
