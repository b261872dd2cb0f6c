package org.selfcheck.onboarding;

import org.junit.jupiter.api.Test;
import org.selfcheck.company.CompanyProfileInput;
import org.selfcheck.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    static ApplicationInput input(String grade, String certificate, String validUntil, String mobile, String email) {
        return new ApplicationInput(new CompanyProfileInput("91330106MA27Y1A30W", "杭州西湖精细化工有限公司", "330106", "C2614",
                "有机化学原料制造", true, grade, null, List.of(), null), certificate, validUntil, " 张伟 ", mobile, email);
    }

    @Test
    void aGradedCompanyNamesACertificateStillValid() {
        ApplicationForm form = ApplicationForm.from(input("GRADE_2", " AQBWH II 001 ", "2026-12-02", "13812345678",
                " zhang@example.com "), code -> true, TODAY);
        assertThat(form.certificateNo()).isEqualTo("AQBWH II 001");
        assertThat(form.certificateValidUntil()).isEqualTo(TODAY);
        assertThat(form.managerName()).isEqualTo("张伟");
        assertThat(form.managerEmail()).isEqualTo("zhang@example.com");
    }

    @Test
    void aCompanyNotGradedNamesNoCertificateEvenIfOneWasTyped() {
        ApplicationForm form = ApplicationForm.from(input("NOT_GRADED", "typed anyway", "garbage", "13812345678",
                "zhang@example.com"), code -> true, TODAY);
        assertThat(form.certificateNo()).isNull();
        assertThat(form.certificateValidUntil()).isNull();
    }

    @Test
    void everyInvalidFieldIsReportedWithTheCompanysOwn() {
        ApplicationInput bad = new ApplicationInput(new CompanyProfileInput("91330106MA27Y1A30W", "", "330104", "C2614",
                "有机化学原料制造", true, "GRADE_1", null, List.of(), null), " ", "2026-12-01", "", "12345678901", "zhang@localhost");
        assertThatThrownBy(() -> ApplicationForm.from(bad, code -> !code.equals("330104"), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKeysByField())
                        .containsEntry("name", "name.required")
                        .containsEntry("regionCode", "regionCode.notCounty")
                        .containsEntry("certificateNo", "application.certificate.required")
                        .containsEntry("certificateValidUntil", "application.validUntil.expired")
                        .containsEntry("managerName", "application.managerName.required")
                        .containsEntry("managerMobile", "application.mobile.format")
                        .containsEntry("managerEmail", "application.email.format")
                        .hasSize(7));
    }

    @Test
    void aMalformedValidityDateIsNamed() {
        assertThatThrownBy(() -> ApplicationForm.from(input("GRADE_3", "C-1", "2027/01/01", "13812345678", "a@b.cn"),
                code -> true, TODAY)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKeysByField()).containsEntry("certificateValidUntil", "date.format").hasSize(1));
    }
}
