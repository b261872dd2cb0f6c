package org.selfcheck.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfcheck.shared.UnifiedSocialCreditCode.Check;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91330424MA28AQAQXU", "91330106MA27Y1A30W", "91330206MA2H5K8N1P"})
    void acceptsCodesWhoseCheckCharacterMatches(String code) {
        assertThat(UnifiedSocialCreditCode.check(code)).isEqualTo(Check.VALID);
        assertThat(UnifiedSocialCreditCode.of(code).value()).isEqualTo(code);
    }

    @Test
    void computesTheCheckCharacterOfTheStandardsExample() {
        assertThat(UnifiedSocialCreditCode.checkCharacter("91330424MA28AQAQX")).isEqualTo('U');
    }

    @Test
    void aCheckSumOf31MapsToZero() {
        // find a body whose weighted sum is 0 mod 31: then 31 - 0 = 31, which the standard writes as 0
        assertThat(UnifiedSocialCreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
    }

    @Test
    void rejectsAWrongCheckCharacter() {
        assertThat(UnifiedSocialCreditCode.check("91330424MA28AQAQXA")).isEqualTo(Check.WRONG_CHECK_CHARACTER);
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of("91330106MA27Y1A30X"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKeysByField())
                        .containsEntry("creditCode", "creditCode.checkCharacter"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91330424MA28AQAQIU", "91330424MA28AQAQOU", "91330424MA28AQAQZU",
            "91330424MA28AQAQSU", "91330424MA28AQAQVU", "9133042-MA28AQAQXU", "91330424MA28AQAQ统U"})
    void rejectsCharactersOutsideTheAlphabet(String code) {
        assertThat(UnifiedSocialCreditCode.check(code)).isEqualTo(Check.ILLEGAL_CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91330424MA28AQAQX", "91330424MA28AQAQXUU", "9"})
    void rejectsAWrongLength(String code) {
        assertThat(UnifiedSocialCreditCode.check(code)).isEqualTo(Check.WRONG_LENGTH);
    }

    @Test
    void rejectsEmptyInput() {
        assertThat(UnifiedSocialCreditCode.check("")).isEqualTo(Check.EMPTY);
        assertThat(UnifiedSocialCreditCode.check(null)).isEqualTo(Check.EMPTY);
    }

    @Test
    void normalisesLowerCaseAndBlanksBeforeChecking() {
        assertThat(UnifiedSocialCreditCode.of(" 91330424ma28aqaqxu ").value()).isEqualTo("91330424MA28AQAQXU");
    }

    @Test
    void everyRejectionHasAChineseAndAnEnglishMessage() {
        for (Check check : Check.values()) {
            if (check == Check.VALID) {
                continue;
            }
            String key = UnifiedSocialCreditCode.messageKey(check);
            assertThat(Messages.get(Locale.SIMPLIFIED_CHINESE, key)).isNotEqualTo(key).contains("统一社会信用代码");
            assertThat(Messages.get(Locale.ENGLISH, key)).isNotEqualTo(key).containsIgnoringCase("credit code");
        }
    }
}
