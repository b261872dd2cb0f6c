package org.selfcheck.filing;

import org.junit.jupiter.api.Test;
import org.selfcheck.shared.InvalidInputException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BureauValuesTest {

    @Test
    void aValidBureauIsNormalisedAndActiveByDefault() {
        BureauValues v = BureauValues.of(" 西湖区应急管理局 ", "330106", "https://bureau.example/intake/filings", null, null,
                null, List.of("report", "HAZARD"), null);
        assertThat(v.name()).isEqualTo("西湖区应急管理局");
        assertThat(v.transport()).isEqualTo("HTTP");
        assertThat(v.wants()).containsExactlyInAnyOrder(FilingKind.REPORT, FilingKind.HAZARD);
        assertThat(v.active()).isTrue();
        assertThat(v.receiptKeysUrl()).as("the keys next to the intake").isEqualTo("https://bureau.example/intake/keys");
    }

    @Test
    void aReceiptKeysUrlOfItsOwnIsKeptAndChecked() {
        assertThat(BureauValues.of("局", "33", "http://b/intake", "https://keys.b/jwks.json", "HTTP", null, List.of("REPORT"), true)
                .receiptKeysUrl()).isEqualTo("https://keys.b/jwks.json");
        assertThatThrownBy(() -> BureauValues.of("局", "33", "http://b/intake", "ftp://keys", "HTTP", null, List.of("REPORT"), true))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKeysByField()).containsEntry("receiptKeysUrl", "bureau.intakeUrl.format"));
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        assertThatThrownBy(() -> BureauValues.of("", "33010", "mailto:x@y", null, "AS4", "x".repeat(201), List.of("FAX"), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKeysByField())
                        .containsEntry("name", "bureau.name.required")
                        .containsEntry("jurisdiction", "bureau.jurisdiction.format")
                        .containsEntry("intakeUrl", "bureau.intakeUrl.format")
                        .containsEntry("transport", "bureau.transport.unknown")
                        .containsEntry("contact", "text.length")
                        .containsEntry("wants", "choice.unknown"));
    }

    @Test
    void aBureauMustWantSomething() {
        assertThatThrownBy(() -> BureauValues.of("局", "33", "http://b/intake", null, "HTTP", null, List.of(), true))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKeysByField()).containsEntry("wants", "bureau.wants.required"));
    }
}
