package org.selfcheck.organisation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.selfcheck.shared.InvalidInputException;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonValuesTest {

    static PersonInput input(String name, String position, String phone, String username, Boolean external, String employer) {
        return new PersonInput(name, position, phone, username, external, employer, null);
    }

    static PersonInput withPhone(String phone) {
        return input("张三", "安全科长", phone, null, false, null);
    }

    static void assertInvalid(PersonInput in, String field, String messageKey) {
        assertThatThrownBy(() -> PersonValues.from(in)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKeysByField()).containsExactly(Map.entry(field, messageKey)));
    }

    @Test
    void aValidPersonIsNormalised() {
        PersonValues v = PersonValues.from(input("  张三 ", " 安全科长 ", "138 0013 8000", " Zhang.San ", null, null));

        assertThat(v).isEqualTo(new PersonValues("张三", "安全科长", "13800138000", "zhang.san", false, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "13800138000       | 13800138000",
            "199 1234 5678     | 19912345678",
            "+86 138 0013 8000 | +8613800138000",
            "0571-8888 8888    | 0571-88888888",
            "010-12345678-123  | 010-12345678-123",
            "(0571) 88888888   | 057188888888",
            "0755 1234567      | 07551234567"})
    void validMobileAndLandlineNumbersAreAcceptedWithoutSpaces(String entered, String stored) {
        assertThat(PersonValues.from(withPhone(entered)).phone()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12800138000", "1380013800", "138001380001", "+8612800138000", "+85213800138000",
            "571-88888888", "0571-888888", "0571-88888888-1234567", "电话", "138-0013-8000x"})
    void anInvalidPhoneNumberIsRefused(String phone) {
        assertInvalid(withPhone(phone), "phone", "person.phone.format");
    }

    @Test
    void missingNamePositionAndPhoneAreReportedAtOnce() {
        assertThatThrownBy(() -> PersonValues.from(input(" ", null, "  ", null, false, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKeysByField())
                        .containsExactly(Map.entry("name", "person.name.required"),
                                Map.entry("position", "person.position.required"),
                                Map.entry("phone", "person.phone.required")));
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        assertThatThrownBy(() -> PersonValues.from(input("张三", "工程师", "12345", "zhang san", true, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKeysByField())
                        .containsEntry("phone", "person.phone.format")
                        .containsEntry("username", "person.username.format")
                        .containsEntry("employer", "person.employer.required")
                        .hasSize(3));
    }

    @Test
    void theUsernameIsOptionalAndLowerCased() {
        assertThat(PersonValues.from(input("张三", "安全科长", "13800138000", "  ", false, null)).username()).isNull();
        assertThat(PersonValues.from(input("张三", "安全科长", "13800138000", "Zhang_San@Example.COM", false, null)).username())
                .isEqualTo("zhang_san@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zhang san", "张三", "zhang/san", "zhang+san"})
    void anInvalidUsernameIsRefused(String username) {
        assertInvalid(input("张三", "安全科长", "13800138000", username, false, null), "username", "person.username.format");
    }

    @Test
    void anOverlongUsernameIsRefused() {
        assertInvalid(input("张三", "安全科长", "13800138000", "a".repeat(101), false, null), "username", "person.username.format");
        assertThat(PersonValues.from(input("张三", "安全科长", "13800138000", "a".repeat(100), false, null)).username()).hasSize(100);
    }

    @Test
    void anExternalPersonNeedsAnEmployer() {
        assertInvalid(input("周工", "注册安全工程师", "13800138000", null, true, null), "employer", "person.employer.required");

        PersonValues v = PersonValues.from(input("周工", "注册安全工程师", "13800138000", null, true, " 某安全咨询公司 "));
        assertThat(v.external()).isTrue();
        assertThat(v.employer()).isEqualTo("某安全咨询公司");
    }

    @Test
    void anInternalPersonsEmployerIsDropped() {
        PersonValues v = PersonValues.from(input("张三", "安全科长", "13800138000", null, false, "某安全咨询公司"));

        assertThat(v.external()).isFalse();
        assertThat(v.employer()).isNull();
        assertThat(PersonValues.from(input("张三", "安全科长", "13800138000", null, null, "某公司")).employer()).isNull();
    }

    @Test
    void overlongTextsAreRefusedWithTheirLimit() {
        assertThatThrownBy(() -> PersonValues.from(input("张".repeat(51), "职".repeat(101), "13800138000", null, true, "司".repeat(201))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKeysByField()).containsExactly(Map.entry("name", "text.length"),
                            Map.entry("position", "text.length"), Map.entry("employer", "text.length"));
                    assertThat(e.errors()).extracting(InvalidInputException.FieldError::arguments)
                            .containsExactly(List.of(50), List.of(100), List.of(200));
                });
        assertThat(PersonValues.from(input("张".repeat(50), "安全科长", "13800138000", null, false, null)).name()).hasSize(50);
    }
}
