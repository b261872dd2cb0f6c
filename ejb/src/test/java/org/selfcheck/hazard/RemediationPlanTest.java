package org.selfcheck.hazard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfcheck.shared.InvalidInputException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RemediationPlanTest {

    static final LocalDate FOUND = LocalDate.of(2026, 3, 2);
    static final LocalDate DEADLINE = LocalDate.of(2026, 4, 30);

    static RemediationPlan full() {
        return RemediationPlan.of("张三", "设备科", "加装泄爆片并更换除尘器", new BigDecimal("50000"), "企业安全生产费用",
                DEADLINE, "停用该除尘系统，设置警戒区，按粉尘爆炸专项预案处置", FOUND);
    }

    static void assertInvalid(Runnable of, String field, String messageKey) {
        assertThatThrownBy(of::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKeysByField()).containsExactly(Map.entry(field, messageKey)));
    }

    // ---- 五落实 ----------------------------------------------------------------------------------------------

    @Test
    void aPlanWithAllFiveElementsIsComplete() {
        RemediationPlan plan = full();

        assertThat(plan.complete()).isTrue();
        assertThat(plan.missing()).isEmpty();
    }

    @Test
    void anEmptyPlanMissesAllFiveElementsInPlanOrder() {
        assertThat(RemediationPlan.EMPTY.complete()).isFalse();
        assertThat(RemediationPlan.EMPTY.missing())
                .containsExactly("RESPONSIBILITY", "MEASURES", "FUNDS", "DEADLINE", "CONTINGENCY");
    }

    @Test
    void responsibilityNeedsBothThePersonAndTheBody() {
        RemediationPlan p = full();

        assertThat(new RemediationPlan(null, p.responsibleBody(), p.measures(), p.fundsAmount(), p.fundsSource(),
                p.deadline(), p.contingency()).missing()).containsExactly("RESPONSIBILITY");
        assertThat(new RemediationPlan(p.responsiblePerson(), null, p.measures(), p.fundsAmount(), p.fundsSource(),
                p.deadline(), p.contingency()).missing()).containsExactly("RESPONSIBILITY");
    }

    @Test
    void fundsNeedBothTheAmountAndTheSource() {
        RemediationPlan p = full();

        assertThat(new RemediationPlan(p.responsiblePerson(), p.responsibleBody(), p.measures(), null, p.fundsSource(),
                p.deadline(), p.contingency()).missing()).containsExactly("FUNDS");
        assertThat(new RemediationPlan(p.responsiblePerson(), p.responsibleBody(), p.measures(), p.fundsAmount(), null,
                p.deadline(), p.contingency()).missing()).containsExactly("FUNDS");
    }

    @Test
    void eachMissingElementAloneMakesThePlanIncomplete() {
        RemediationPlan p = full();

        assertThat(new RemediationPlan(p.responsiblePerson(), p.responsibleBody(), null, p.fundsAmount(), p.fundsSource(),
                p.deadline(), p.contingency()).missing()).containsExactly("MEASURES");
        assertThat(new RemediationPlan(p.responsiblePerson(), p.responsibleBody(), p.measures(), p.fundsAmount(),
                p.fundsSource(), null, p.contingency()).missing()).containsExactly("DEADLINE");
        RemediationPlan noContingency = new RemediationPlan(p.responsiblePerson(), p.responsibleBody(), p.measures(),
                p.fundsAmount(), p.fundsSource(), p.deadline(), null);
        assertThat(noContingency.missing()).containsExactly("CONTINGENCY");
        assertThat(noContingency.complete()).isFalse();
    }

    @Test
    void noFundsNeededStillCountsAsFundsWhenTheAmountIsZero() {
        RemediationPlan plan = RemediationPlan.of("张三", "设备科", "调整作业规程", BigDecimal.ZERO, "无需资金", DEADLINE, "加强巡查", FOUND);

        assertThat(plan.complete()).isTrue();
        assertThat(plan.fundsAmount()).isEqualByComparingTo("0");
    }

    @Test
    void aBlankTextStoredInAPlanDoesNotCountAsPresent() {
        RemediationPlan p = full();

        assertThat(new RemediationPlan(p.responsiblePerson(), p.responsibleBody(), " ", p.fundsAmount(), p.fundsSource(),
                p.deadline(), p.contingency()).missing()).containsExactly("MEASURES");
    }

    // ---- drafts and normalisation ---------------------------------------------------------------------------

    @Test
    void anIncompletePlanCanBeSavedAsADraft() {
        RemediationPlan draft = RemediationPlan.of(" 张三 ", "  ", null, null, "", null, null, FOUND);

        assertThat(draft).isEqualTo(new RemediationPlan("张三", null, null, null, null, null, null));
        assertThat(draft.missing()).containsExactly("RESPONSIBILITY", "MEASURES", "FUNDS", "DEADLINE", "CONTINGENCY");
    }

    @Test
    void textsAreStrippedAndTheAmountHasTwoDecimals() {
        RemediationPlan plan = RemediationPlan.of(" 张三\n", "\t设备科 ", " 措施 ", new BigDecimal("1234.5"), " 安全费用 ",
                DEADLINE, " 预案 ", FOUND);

        assertThat(plan).isEqualTo(new RemediationPlan("张三", "设备科", "措施", new BigDecimal("1234.50"), "安全费用",
                DEADLINE, "预案"));
    }

    @Test
    void theDeadlineMayBeTheDayTheHazardWasFound() {
        assertThat(RemediationPlan.of(null, null, null, null, null, FOUND, null, FOUND).deadline()).isEqualTo(FOUND);
    }

    // ---- validation --------------------------------------------------------------------------------------

    @Test
    void theDeadlineMayNotBeBeforeTheHazardWasFound() {
        assertThatThrownBy(() -> RemediationPlan.of(null, null, null, null, null, FOUND.minusDays(1), null, FOUND))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKeysByField()).containsExactly(Map.entry("deadline", "plan.deadline.beforeFound"));
                    assertThat(e.errors().get(0).arguments()).containsExactly(FOUND);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "-1", "0.001", "12.345", "1000000000000", "999999999999.991"})
    void anAmountBelowZeroAboveTheMaximumOrWithMoreThanTwoDecimalsIsRefused(String amount) {
        assertInvalid(() -> RemediationPlan.of(null, null, null, new BigDecimal(amount), null, null, null, FOUND),
                "fundsAmount", "plan.funds.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "0.01", "12.30", "12.300", "1E+3", "999999999999.99"})
    void anAmountInYuanWithUpToTwoDecimalsIsAccepted(String amount) {
        assertThat(RemediationPlan.of(null, null, null, new BigDecimal(amount), null, null, null, FOUND).fundsAmount())
                .isEqualByComparingTo(amount).hasScaleOf(2);
    }

    @Test
    void overlongTextsAreRefusedWithTheirLimitAllAtOnce() {
        assertThatThrownBy(() -> RemediationPlan.of("人".repeat(51), "科".repeat(101), "措".repeat(2001), new BigDecimal("-1"),
                "源".repeat(201), FOUND.minusDays(1), "预".repeat(2001), FOUND))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKeysByField()).containsExactly(
                            Map.entry("responsiblePerson", "text.length"), Map.entry("responsibleBody", "text.length"),
                            Map.entry("measures", "text.length"), Map.entry("fundsAmount", "plan.funds.format"),
                            Map.entry("fundsSource", "text.length"), Map.entry("deadline", "plan.deadline.beforeFound"),
                            Map.entry("contingency", "text.length"));
                    assertThat(e.errors()).extracting(InvalidInputException.FieldError::arguments).containsExactly(
                            List.of(50), List.of(100), List.of(2000), List.of(), List.of(200), List.of(FOUND), List.of(2000));
                });
    }

    @Test
    void textsAtTheirLimitAreAccepted() {
        RemediationPlan plan = RemediationPlan.of("人".repeat(50), "科".repeat(100), "措".repeat(2000), BigDecimal.ONE,
                "源".repeat(200), DEADLINE, "预".repeat(2000), FOUND);

        assertThat(plan.complete()).isTrue();
    }
}
